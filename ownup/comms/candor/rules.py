"""The candor rules as data: which phrasings show each element or anti-pattern, and what to say.

Patterns are written from what each label means, not from any particular message: lexicons of
phrasings a person uses when they own a mistake, or hide from it. Patterns are lowercase and
run on the lowercased message (Python's case-insensitive matching is several times slower);
the checker adds the sentence-level conditions (negation, quotes, a concrete time nearby, the
message's kind).
"""

import re
from dataclasses import dataclass, field

ELEMENTS = (
    "acknowledges",
    "responsibility",
    "impact",
    "fix_done",
    "next_steps_with_time",
    "remedy",
    "help_channel",
)
ANTI_PATTERNS = (
    "blame_shifting",
    "over_apology",
    "minimising",
    "hedging_passive",
    "vague_time",
    "defensive",
    "escalating",
    "jargon",
)
KINDS = ("notice", "update", "resolution", "remedy", "boundary", "reply")

# What a message of each kind is expected to contain; the score and the send gate use these.
EXPECTED: dict[str, tuple[str, ...]] = {
    "notice": (
        "acknowledges",
        "responsibility",
        "impact",
        "fix_done",
        "next_steps_with_time",
        "help_channel",
    ),
    "update": ("acknowledges", "next_steps_with_time", "help_channel"),
    "resolution": ("acknowledges", "responsibility", "fix_done", "help_channel"),
    "remedy": ("acknowledges", "responsibility", "remedy", "help_channel"),
    "boundary": ("acknowledges", "remedy", "help_channel"),
    "reply": ("acknowledges", "help_channel"),
}

# How the send gate names a missing element to the person sending.
ELEMENT_NAMES = {
    "acknowledges": "what happened",
    "responsibility": "that it is ours",
    "impact": "what it meant for them",
    "fix_done": "what we have done",
    "next_steps_with_time": "the next step with a time",
    "remedy": "what we offer to make it right",
    "help_channel": "where to get help",
}

MISSING: dict[str, tuple[str, str]] = {
    "acknowledges": (
        "It does not say concretely what happened.",
        "Name the thing that broke and when: 'web3 was down from 09:12 to 10:40 UTC'.",
    ),
    "responsibility": (
        "Nobody owns the mistake.",
        "Say it is ours, in the first person: 'this was our mistake'.",
    ),
    "impact": (
        "It does not show what this meant for the customer.",
        "Say what they could not do: 'your shop could not take orders for two hours'.",
    ),
    "fix_done": (
        "It does not say what we have already done.",
        "Say what is done, not hoped: 'we have restored the server'.",
    ),
    "next_steps_with_time": (
        "There is no next step with a time.",
        "Give the next step and a real time: 'we will write again by 14:00 UTC'.",
    ),
    "remedy": (
        "Nothing is offered to make it right.",
        "Offer something concrete: a refund, a service credit, a free month, a call.",
    ),
    "help_channel": (
        "It does not say where to get help.",
        "Say how to reach a person: 'reply to this email' or a phone number.",
    ),
}


# -- shared vocabulary ------------------------------------------------------------------------

NUMBER_WORD = (
    r"(?:\d+(?:\s?[\u2013-]\s?\d+| to \d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|sixty|ninety|a few|the next|"
    r"a couple of)"
)
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
WEEKDAY = r"(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?"
UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|working days?|business days?|weeks?|months?)"
# A time a customer can hold us to: a clock time, a day, a date or a bounded duration.
CONCRETE_TIME = (
    r"\b(?:\d{1,2}[:.]\d{2}(?:z\b|\b)|\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)|noon\b|midday\b|midnight\b|"
    rf"{WEEKDAY}\b|tomorrow\b|tonight\b|today\b|this (?:morning|afternoon|evening)\b|"
    rf"end of (?:the )?(?:day|week|month|business|{MONTH})\b|close of business\b|"
    r"(?:the )?same day\b|"
    r"next[- ]day\b|by return\b|"
    rf"next {WEEKDAY}\b|next (?:week|month)\b|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}|{MONTH}\s+\d{{1,2}}\b|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b|the \d{{1,2}}(?:st|nd|rd|th)\b|"
    rf"(?:within|in|after|for|every|over|takes?|up to|about|around) (?:the next |another )?"
    rf"{NUMBER_WORD}(?:\s|-){UNIT}\b|every (?:hour|day|morning|evening)\b|hourly\b|daily\b|"
    rf"within the (?:hour|day|week)\b|(?:your|the|next) {MONTH} (?:invoice|bill|statement|"
    r"payslip|renewal)\b)"
)
# A time still ahead, not one that dates what already happened: "orders placed since Monday",
# "this morning's appointments".
AHEAD = (
    rf"(?<!since )(?<!since around )(?<!since about )(?<!since roughly )(?<!since just after )"
    rf"(?<!\d[ap]m )(?<!\d [ap]m )"
    rf"(?!(?:this (?:morning|afternoon|evening)|today|tonight)['\u2019]s\b)"
    rf"(?:{CONCRETE_TIME})"
)
NEGATION = re.compile(
    r"\b(?:not|no|never|cannot|can't|won't|didn't|don't|doesn't|haven't|hasn't|isn't|"
    r"aren't|wasn't|weren't|unable|neither|nor|without)\b|n't\b",
)
# Quoted words are someone else's ("you wrote 'FIX IT NOW'") or a word named, not used.
# A line starting with ">" is the customer's earlier email, quoted in a reply.
QUOTED = re.compile(
    r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”|(?<!\w)'[^'\n]{1,120}'(?!\w)|\u2018[^\u2019\n]{1,120}\u201"
    r"9|(?m:^[ \t]*>[^\n]*)"
)


@dataclass(frozen=True)
class Cue:
    """One way a message shows an element.

    `negatable`: a negation shortly before the cue in its sentence cancels it ("we cannot
    offer a refund"). `needs` must also match the sentence (a concrete time beside a promise).
    `kinds` limits the cue to some message kinds (a paid option is a remedy in a boundary).
    `unless`: the cue does not count in a sentence that also matches (a hedge, "may have").
    """

    label: str
    pattern: str
    negatable: bool = False
    needs: str = ""
    kinds: tuple[str, ...] = ()
    unless: str = ""


@dataclass(frozen=True)
class Rule:
    """One anti-pattern phrasing, with what a finding says and a concrete way to fix it.

    `unless_sentence` / `unless_text`: the match does not count when its sentence (or the
    whole message) also matches, e.g. a vague promise with a concrete time beside it, or a
    vendor named while the message still owns the failure. `only_if_text`: it counts only
    when the message also matches ("briefly" is minimising only when it lasted hours).
    """

    label: str
    pattern: str
    message: str
    suggestion: str
    unless_sentence: str = ""
    unless_text: str = ""
    only_if_text: str = ""
    skip_kinds: tuple[str, ...] = ()
    case_sensitive: bool = False
    extra: dict[str, str] = field(default_factory=dict)


# -- elements -----------------------------------------------------------------------------------

# A refund or compensation named without being given: the conditions for one, a question
# about one, an invitation to claim.
REMEDY_TALKED_ABOUT = (
    r"\b(?:are|is) (?:only )?(?:available|possible|given|issued|offered|payable) (?:within|if|when|"
    r"for|after|to|in line with|under|according to|in accordance with)\b|\bcan be claimed\b|"
    r"\bwhether\b|\b(?:was|is)(?:n't| not) (?:a|an) (?:refund|credit)\b|"
    r"\b(?:believe|think|feel) (?:they|you) (?:are|may be|might be) (?:entitled|eligible)\b|"
    r"\beligib\w+\b|\bqualif\w+ for\b|\b(?:regulator|ombudsman|card issuer|small claims|"
    r"chargeback)\b|\b(?:contact|ask|through|via) your bank\b|\bre"
    r"funds? (?:request|policy|application|claim|form|process|rules|terms|conditions)|"
    r"\brefunds? (?:\w+ ){0,2}?(?:are|is|were|was|will be|cannot be|can't be) (?:not|never)\b|"
    r"\b(?:information|details|news|more) (?:about|on|regarding) (?:refunds?|compensation)\b|"
    r"\b(?:any|a) (?:refund|credit|compensation) (?:that |which )?"
    r"(?:may|might|you may|you might)\b|"
    r"\b(?:hasn't|has not|haven't|have not|isn't|is not) (?:yet )?(?:been )?(?:processed|issued|"
    r"paid|arrived|received)\b|\b(?:refund|claim|request|compensation)\w* (?:\w+ ){0,4}?(?:was |"
    r"were |has been |had been )?(?:declined|refused|rejected|denied|turned down)\b|"
    r"\b(?:declined|refused|rejected|denied|turned down) (?:\w+ ){0,3}?(?:refund|claim|request|"
    r"compensation)|"
    # Only promised to be looked at or talked about later.
    r"\b(?:discussing|considering|exploring|reviewing|looking into|deciding on|working out) "
    r"(?:\w+ ){0,3}?(?:refunds?|compensation|credits?|goodwill)\b|\b(?:refunds?|compensation|"
    r"credits?)\b[^.!?\n]{0,60}\b(?:something|what) (?:we are|we're|we'll be) (?:\w+ )?"
    r"(?:discussing|considering|exploring|looking into|reviewing)\b|"
    r"\blook into (?:a |an |giving you a )?(?:refund|credit|compensation)\b|"
    r"\b(?:in touch|write to you|contact you|hear from us|get back to you|come back to you) "
    r"(?:\w+ ){0,4}?about (?:\w+ ){0,5}?"
    r"(?:compensation|refunds?|make (?:it|this|things) right)\b|"
    r"\b(?:is|are) (?:therefore |thus |consequently |so )?not (?:payable|available|due|offered)\b|"
    r"\b(?:will|to) be (?:considered|assessed|decided on)\b|\bunder consideration\b|"
    # Asked about, or put in for, by someone, but not yet given.
    r"\b(?:asked|asking|enquired|inquired) (?:us )?about (?:a |an |any )?(?:\w+ )?(?:discount|"
    r"refund|credit|compensation|rebate)\b|\b(?:raised|submitted|put in|logged|lodged|opened) "
    r"(?:a |an )?(?:request|claim|application|ticket) (?:for|to have)\b|"
    r"\b(?:passed|forwarded|referred|escalated|handed) (?:on )?(?:your|the|this) (?:\w+ )?"
    r"(?:request|claim|complaint|query|case)\b"
)

EVENT = (
    r"\b(?:(?:was|were|went|has been|have been|had been|is|are|been)\s+"
    r"(?:completely\s+|partly\s+|partially\s+|fully\s+|totally\s+)?"
    r"(?:down|offline|unavailable|unreachable|inaccessible|out of (?:service|action)|"
    r"not (?:reachable|available|working|loading|accessible|sent|delivered)|broken|"
    r"sent|emailed|charged|billed|deleted|lost|wiped|erased|overwritten|corrupted|exposed|"
    r"published|shown|visible|delayed|cancell?ed|double[- ]booked|misrouted|wrong|incorrect)|"
    r"(?:stopped|ceased|quit)\s+(?:working|responding|answering|sending|loading|accepting|"
    r"running|processing|syncing|delivering)|"
    r"failed|crashed|broke\b|went (?:down|offline|out|dark|to)|"
    r"(?:charged|billed) (?:you |them |customers )?(?:twice|double|two times)|double[- ]charged|"
    r"overcharged|deleted|erased|wiped|overwrote|lost|corrupted|leaked|exposed|misrouted|"
    r"bounced|rejected|timed out|"
    # Not working as it should right now: "invoices aren't sending", "requests are timing out".
    r"(?:isn't|aren't|is not|are not|wasn't|weren't)\s+(?:sending|loading|arriving|syncing|"
    r"going out|updating|connecting|processing|opening|printing|charging)|"
    r"(?:is|are) (?:currently |still )?(?:timing out|erroring|crashing|(?:landing|going) in(?:to)? "
    r"(?:spam|junk))|"
    # What never came, or what we made that does not do its job: "the keys don't turn the lock".
    r"(?:did not|didn't|could not|couldn't|would not|wouldn't|were unable to|was unable to|"
    r"don't|doesn't|do not|does not)\s+"
    r"(?:arrive|go out|send|reach|empty|collect|deliver|process|land|come|turn up|show up|turn|"
    r"fit|be fulfilled|be delivered|"
    r"load|work|open|start|connect|be reached|log in|sign in|receive|renew|run)|"
    r"(?:we|i) (?:sent|emailed|published|charged|billed|deleted|removed|cancell?ed|"
    r"shipped|mailed|posted|overwrote|pushed|deployed|changed|misconfigured|forgot|missed)|"
    r"(?:outage|downtime|failure|breach|data loss|mix-up|mixup|error|mistake|bug|incident|fault)"
    r"\s+(?:in|on|at|of|with|affecting|that|which|from|between|took|hit|meant|caused|"
    r"lasted|started|began))"
)
# A past happening, for a sentence that also has an anchor.
PAST = (
    r"(?<!will be )(?<!to be )(?<!will )\b(?:was|were|went|had|has been|have been|got|gave|"
    r"showed|sent|took|came|pointed|left|"
    r"lost|broke|ran|stopped|failed|closed|expired|slipped|missed|held back|went live|\w{3,}ed)\b"
)
# What pins a happening down: a time, a date, a number, or what exactly was wrong.
ANCHOR = (
    rf"{CONCRETE_TIME}|\d|\byesterday\b|\blast (?:night|week|month|weekend)\b|\bovernight\b|"
    r"\b(?:this|that|on) (?:morning|afternoon|evening|weekend)\b|\bearlier today\b|"
    r"\b(?:wrong|incorrect|twice|duplicate|double|instead of|not as|without your|because|your|"
    r"late|left off|went back)\b|"
    # A state the reader is in now: "servers are down right now", "closed until further notice".
    r"\b(?:right now|at the moment|at present|until further notice)\b"
)
HEDGED = (
    r"\b(?:may|might) (?:have(?! caused\b)|be|not)\b|\bcould (?:have|be)\b|"
    r"\b(?:appears|appeared|seems|seemed) (?:to|that)\b|"
    r"\bit appears\b|\bat some point\b|\bfor a (?:period|short period|time)\b|"
    r"\b(?:some|certain) (?:users|customers|clients|members|accounts|people)\b|"
    r"\bwe regret to inform\b|\b(?:being|been|was|were) (?:experienced|observed|looked into)\b"
)
VAGUE_EVENT = (
    r"\b(?:an? |some |certain )?(?:technical )?(?:issue|issues|problem|problems|difficulties|"
    r"disruption|irregularities|situation|degradation|inconvenience)\b"
)

# A note's own opening ("just a quick update", "just a reminder") puts no size on the harm.
A_NOTE = r"(?:quick |short |brief )?(?:update|note|line|reminder|heads[- ]up|message|word)\b"
# "Before you email us again" is a rebuke, not an offer of help.
HELP_REBUFFED = (
    r"\b(?:email|e-mail|write to|call|ring|contact|message) us again\b|"
    r"\bfor the \w+ time\b|\bbefore you (?:email|write|call|contact)\b"
)
# "If you still see it, reply": an offer of help for a case that may not exist, not harm done.
HELP_IF = (
    r"\b(?:reply|call|contact|write|email|ring|phone|let us know|tell us)(?: \w+){0,3} if\b|"
    r"\bif (?:any|anyone|you|your)\b[^.!?\n]{0,60}\b(?:you'll be|you will be|still|again)\b|"
    r"\bif any of\b|"
    # "Don't travel unless you have to" is advice about a journey, not one they lost.
    r"\bunless you\b"
)
# Feelings named in general ("we understand your frustration") say nothing of what happened.
GENERIC_FEELING = (
    r"\b(?:that's|that is|this is|it's|it is|this was|that was|it was|this must (?:be|have been)) "
    r"(?:\w+ )?(?:disappointing|frustrating|upsetting|"
    r"annoying|inconvenient|a nuisance|a hassle|not what you (?:wanted|hoped)|not the answer)\b|"
    r"\b(?:understand|appreciate|recognise|recognize|know|hear) (?:your|the|how) (?:\w+ )?"
    r"(?:frustration|concerns?|disappointment|annoyance|anger|upset|feelings?)\b|"
    # Thanks for their patience is manners, not what the failure did to them.
    r"\b(?:appreciate|thank you for|thanks for) your (?:\w+ )?(?:patience|understanding|"
    r"custom|business|support|loyalty|feedback|cooperation|co-operation)\b|"
    r"\byou(?:'re| are) (?:\w+ )?(?:frustrated|upset|annoyed|angry|disappointed|concerned)\b|"
    r"\bhow much (?:you|your \w+|many of you|everyone) (?:were |was |had been |have been )?"
    r"(?:looking forward|love[sd]?|enjoy(?:ed|s)?|value[sd]?|care[sd]? about|excited)\b|"
    r"\bhow much (?:the|this|that|it|your) (?:[\w-]+ ){0,2}?(?:meant|means|matters?|mattered) to "
    r"you\b|"
    # How much a thing matters, said of the thing and not of what befell them.
    r"\bhow (?:important|stressful|busy|precious|special) (?:this|that|it|they|these|those|the \w+|"
    r"this \w+|your \w+)(?: \w+)? (?:is|are|was|were|must be)\b|"
    r"\bhow much (?:work|effort|time|care) (?:was|went|had gone|goes) in(?:to)?\b"
)

# Someone else's words about us, not ours: "stop telling people it's our fault".
REPORTED = (
    r"\b(?:saying|tell(?:ing)? (?:people|everyone|others|customers|anyone|friends|us|me)|"
    r"suggest\w*|accus\w*|insist\w*|blam\w+ us)\b|"
    # Claimed as a verb: "your claim has not been looked at" is no one's words.
    r"(?<!your )(?<!the )\bclaim(?:s|ed|ing)?\b(?! (?:form|team|number|reference|handlers?|"
    r"has|have|is|are|was|were)\b)|"
    r"\byou (?:say|said|feel|felt|think|thought|believe|allege)\b"
)

# Said in a way that shrinks or blames, a sentence about the customer is not empathy.
BELITTLED = (
    r"\b(?:only|just|merely) (?:a|an|\d+|\w+ minutes|for|briefly)\b|\bthat's all\b|\bby you\b|"
    # "Because your mailboxes run on it" explains what it reached, and blames no one.
    r"\bbecause (?:you|your|they)\b(?!'ll| will| now| may| might)(?![^.!?\n]{0,30}?\b(?:runs?|"
    r"depends?|relies?|sits?) on (?:it|us|them|our|that|this)\b)|\bas you say\b|\bclearly\b|"
    r"\bfor the \w+ time\b|\ba (?:small|limited|tiny) (?:number|set|group|proportion)\b|"
    r"\ba handful\b|\b(?:sorry|apologi[sz]e) if\b|"
    r"\b(?:brief|blips?|glitch(?:es)?|hiccups?|minor|tiny|teeny)\b|\bwhile we understand\b|"
    r"\bpoint out\b|"
    r"\b(?:may|might) have caused\b|\bany inconvenience\b|\bapparently\b"
)

# A verb of doing again ("re-energised", "rerouted"), not of noticing or of it happening again
# ("reported", "recurred").
REDONE_AT = (
    r"re-?(?!(?:ported|ceived|quested|viewed|corded|gistered|ached|jected|ferred|mained|sumed|"
    r"curred|occurred|appeared|gressed|fused|lated|quired|duced|vealed|tired|solved|ali[sz]ed|"
    r"sponded|plied|cogni[sz]ed|minded|commended|assured|iterated|gretted|flected|searched|"
    r"considered|leased|ckoned|membered|lied|laxed|signed|sisted|spected|sted|marked|tained|"
    r"garded|acted|assessed|evaluated|visited|ferenced|peated|funded|imbursed)\b)"
    r"(?:[a-z]{3,}ed|laid|paid|made|did|done|hung|sewn|drawn)\b"
)

# A refund of part of the price is compensation, not the wrong charge put right.
PARTIAL = r"(?!\s+(?:you\s+)?(?:\d+\s?%|(?:half|a (?:third|quarter|part|portion)|part of)\b))"
# Who acts for the business, and the verbs of putting things right, in every tense they take.
WE = (
    r"(?:we|i|(?:our|the) (?:\w+ )?(?:team|engineers?|staff|technicians?|developers|people|crew|"
    r"drivers?|couriers?|plumbers?|electricians?|fitters?))"
)
HAVE = r"(?:'ve|'d| have| has| had)?"
REPAIRED = (
    r"(?:increased|scaled up|expanded|tightened|strengthened|hardened|reinstated|unlocked|"
    r"flushed|re-?synced|replenished|re-?delivered|rebalanced|restocked|swapped|exchanged|"
    r"rewritten|rewrote|retrained|rolled out|put (?:\w+ ){0,3}in place|failed over|"
    r"switched (?:over|back)|reinstalled|rebuilt|restored|reverted|repaired|replaced|"
    rf"refunded{PARTIAL}|reimbursed|credited{PARTIAL}|corrected|re-?enabled|reconnected|"
    r"recovered|rescheduled|rebooked|"
    r"reissued|re-?sent|resent|reached out|fixed|patched|undid|undone|reversed|voided|"
    r"found and fixed|traced and fixed|rolled (?:\w+ ){0,3}back|backed out|cleaned up|"
    r"reprocessed|re-?ran|re-?run|re-?paid|paid back|topped up|purged|restarted|rebooted|"
    rf"re-?made|re-?did|re-?done|{REDONE_AT})"
)
REPAIRED_PASSIVE = (
    r"(?:rolled back|restored|reverted|repaired|replaced|refunded|reimbursed|credited|"
    r"corrected|re-?enabled|reconnected|recovered|rescheduled|rebooked|reissued|re-?sent|"
    # A payment that "has cleared" went through the bank; a backlog "was cleared" was put right.
    r"reinstated|unlocked|(?<!\bhas )(?<!\bhave )(?<!\bhad )cleared|reprocessed|re-?delivered|"
    r"patched|"
    r"rebuilt|reinstalled|reversed|voided|cancell?ed and refunded|put back|brought back|"
    r"switched back|failed over|re-?run|rerun|re-?synced|resynchronised|resynchronized)"
)
# "We're contacting you about your order" is this message, not a step taken.
CALLING = (
    r"(?:contacting|calling|emailing|phoning)(?! you (?:about|regarding|to (?:let|inform|tell|"
    r"notify|update|advise|confirm|apologi[sz]e|explain|say))\b)"
)
REPAIRING = (
    r"(?:re-?(?:sending|issuing|processing|running|booking|scheduling|building|installing|"
    r"starting|enabling|delivering|printing|shipping)|rolling back|refunding|replacing|"
    r"restoring|repairing|fixing|patching|"
    rf"crediting|reimbursing|{CALLING}|writing to (?!(?:let|inform|tell|notify|update|advise|"
    r"confirm|apologi[sz]e|explain|say)\b)|sending|"
    r"processing|issuing|deploying|migrating|moving|rebuilding|correcting|dispatching|"
    r"packing|posting|shipping|delivering|working through|failing over|draining|rerouting|"
    r"re-routing|redirecting|making (?:up )?(?:a |an |the |your )?(?:correct|new|replacement|right|"
    r"fresh|second)|making (?:a|an|the) (?:\w+ )?(?:payment|refund|transfer))"
)
# "Resolved" or "addressed" says nothing about what was done.
GENERIC_FIX = (
    r"(?:resolved|addressed|mitigated|handled|dealt|investigated|escalated|looked|reviewed|"
    r"identified|noted|aware|informed|received|reported|affected|impacted|experienced|"
    r"raised|logged|passed|closed|delayed|used|based|caused|changed|missed|lost)"
)
# Paid more than was owed, or a fee the failure brought on: "the £68 you paid online" is only
# what they did.
PAID_OVER = (
    r"paid (?:[\w£$€.,]+ ){0,2}?(?:twice|double|more|extra|too much|over)|"
    r"paid (?:a|an|the) (?:\w+ )?(?:fee|fine|charge|penalty|surcharge)"
)
# What a failure takes from someone, and the things it can take: "missed connections", "a
# sleepless night", "lost sales".
HARMED = r"(?:missed|lost|wasted|ruined|spoil(?:ed|t)|broken|sleepless|disrupted|interrupted)"
HARM = (
    r"(?:connections?|flights?|shifts?|trains?|sleep|sales|orders|income|wages|earnings|work|"
    r"nights?|evenings?|days?|mornings?|afternoons?|weekends?|journeys?|trips?|holidays?|plans|"
    r"meals?|time|hours|deadlines?)"
)
# The customer's own people and things, as the ones a failure reached.
YOUR_PEOPLE = (
    r"your (?:\w+ ){0,2}?(?:team|staff|customers|clients|business|shop|store|site|website|"
    r"users|patients|members|guests|colleagues|employees|family|children|visitors|callers|"
    r"buyers|shoppers|students|pupils|tenants|drivers|riders|agents|employer|company|"
    r"organisation|organization)"
)

# What the customer did or wants, told back to them, is not what the failure cost them:
# "the £35 you paid", "if you bought one", "I understand why you'd like a refund", "the tee
# sheet shows you booked 7:40", "as you were told", "sorry to hear you lost your scarf".
CUSTOMER_OWN_DOING = (
    r"\b(?:refund\w*|repa\w+|reimburs\w+|return\w*|pay back) (?:[\w£$€.,]+ ){0,4}?you "
    r"(?:paid|spent)\b|\b(?:card|account|method) you paid\b|\b(?:though|as|"
    r"since) you (?:had )?(?:already )?paid\b|"
    r"\b(?:understand|appreciate|see|know) (?:why |that )?you(?:'d| would)? (?:like|want|wish|"
    r"expect|prefer|are (?:\w+ )?(?:unhappy|upset|disappointed|frustrated|annoyed|dissatisfied))\b|"
    r"\b(?:shows?|showed|records? show) (?:that )?you\b|"
    # Their own message about it, named: "thank you for your complaint about the missed bin".
    r"\byour (?:\w+ )?(?:complaint|email|e-mail|letter|message|enquiry|inquiry|query|report|"
    r"feedback|review|call) (?:about|regarding|concerning|on|re)\b|"
    r"\bas you (?:were|have been|had been) (?:told|advised|informed|reminded|warned)\b|"
    r"\bsorry to hear\b|"
    r"\bof you (?:have )?(?:called|told us|said|mentioned|pointed out|asked|written|described|"
    r"been in touch|got in touch|contacted us|written in)\b|"
    r"\byou(?:'ve| have)? (?:decided|chosen|opted|withdrawn|changed your mind)\b|"
    r"\byou (?:bought|booked|ordered|paid for|purchased) (?:it|them|this|that|the \w+|your \w+) "
    r"(?:through|from|with|via|on|at) (?:us|our)\b|"
    r"\b(?:the|those|these) (?:\w+ ){0,2}?(?:errors?|messages?|codes?|warnings?|alerts?|screens?) "
    r"(?:that )?you (?:saw|got|received|mentioned|reported|described)\b"
)
# A feeling named as what the failure caused ("the stress this caused you") is as generic as
# "we understand your frustration": it does not say what happened to them.
CAUSED_FEELING = (
    r"\b(?:stress|worry|distress|upset|inconvenience|frustration|anxiety|hassle|disappointment)"
    r" (?:that )?(?:this|it|which) (?:has |may have |might have )?caused\b"
)

# Our own reading of their case, or the terms held up to them, is not the problem itself:
# "we have reviewed your chargeback", "as stated in clause 7.2", "please be advised".
OUR_REVIEW_OR_TERMS = (
    r"\b(?:we|i)(?:'ve| have)? (?:\w+ly )?(?:reviewed|checked|investigated|looked into|"
    r"considered)\b|\bas (?:previously )?(?:stated|explained|set out|outlined|mentioned|advised|"
    r"agreed|detailed|you were told)\b|\bplease be advised\b|\b(?:independently )?rated\b|"
    # Or the thing shown to have gone as it should, or our record held up.
    r"\b(?:correctly|properly|as (?:expected|intended|normal)|in (?:line|accordance) with|"
    r"fully qualified|within (?:\S+ )?tolerance)\b|\b(?:over|more than) [\d,]+ (?:\w+ )?"
    r"(?:weddings|events|customers|clients|orders|jobs|patients|years)\b"
)

# Extra time, credit or money given to make up for it is a remedy, not the failure undone.
NOT_A_GIFT = (
    r"(?! (?:[\w$\u00a3\u20ac.,-]+ ){0,4}?(?:credits?|free|bonus|vouchers?|points|months?|weeks?|"
    r"days?|extra (?:sessions?|classes|lessons?|nights?|visits?)|complimentary|"
    r"gift cards?)\b)(?![^!?\n]{0,60}?\b(?:to cover|for the trouble|as a (?:goodwill|gesture|"
    r"thank))\b)"
)
# Looking again at something is not doing it again: "we're reviewing our procedures".
NOT_REDOING = (
    r"(?!re(?:view|consider|assess|search|flect|-?evaluat|quest|ceiv|ad|commend|gret|main|l[yi]|"
    r"port|spond|ali[sz]|fer|cord|gister|iterat|visit|think|ach)\w*ing)"
)
# "We emailed you about it at 8 am": telling them beforehand is not putting it right.
TOLD_BEFORE = (
    r"\b(?:we|i) (?:emailed|called|texted|told|warned|notified|informed|contacted|wrote to|"
    r"messaged) you (?:about (?:it|this|that)\b|in advance|beforehand|already|twice|at the time)"
)
ELEMENT_CUES: tuple[Cue, ...] = (
    Cue(
        "acknowledges",
        EVENT,
        negatable=True,
        needs=ANCHOR,
        # "If the parcel doesn't arrive by Friday" is a case that may never happen.
        unless=HEDGED
        + r"|\b(?:if|unless|in case) (?:[\w'-]+ ){0,5}?(?:don't|doesn't|do not|does not)\b",
    ),
    Cue(
        "acknowledges",
        PAST,
        negatable=True,
        needs=ANCHOR,
        unless=HEDGED + "|" + VAGUE_EVENT + "|" + OUR_REVIEW_OR_TERMS,
    ),
    # The problem told as a state it is still in, a measured delay, a damaged thing, or a
    # named cause: "your emails are missing from your inbox", "a 40-minute delay", "the play
    # area remains closed following damage", "arrived with a cracked shade".
    Cue(
        "acknowledges",
        r"\b(?:remains?|remained|(?:is|are|was|were) still|still) (?:closed|down|offline|"
        r"unavailable|missing|broken|out of (?:order|service|action)|not working|recovering|"
        r"returning (?:an? )?errors?|returning \d+|held up|stuck|delayed)\b|"
        r"\b(?:is|are|was|were|'s|'re) (?:\w+ )?missing from\b|\bheld up (?:in|at|by)\b|"
        r"\b(?:nobody|no one) (?:could|was able to|can) (?!have\b)\w+|"
        r"\b(?:have|has|'ve) had no \w+(?: or \w+(?: \w+)?)? since\b|"
        r"(?<!let you )(?<!let us )\b(?:down|offline|unavailable) (?:in|across|since)\b",
        negatable=True,
        needs=ANCHOR,
        unless=HEDGED,
    ),
    Cue(
        "acknowledges",
        r"\b(?:is|are|were|was) having (?:\w+ ){0,3}?(?:declined|rejected|refused|delayed|"
        r"blocked|cancell?ed|bounced|failing|double[- ]charged)\b|"
        r"\barrived (?:\w+ )?(?:late|after the|damaged|broken|cracked|smashed|open|empty|"
        r"with (?:a|an) (?:\w+ )?(?:crack|cracked|broken|dent|dented|damaged|missing|wrong|hole|"
        r"torn|tear|stain))\b|"
        r"\b(?:an?|\d+|one|two|three|four|five|six|ten|twenty|thirty|forty)[- ](?:minute|hour|day|"
        r"week)s? (?:delay|outage|closure|wait|queue)\b|"
        r"\b(?:received|got|sent you) (?:two|three|four|several|\d+|duplicate|multiple) "
        r"(?:copies|emails|letters|texts|messages|notifications|invoices|bills|charges|parcels)\b|"
        r"\b(?:the|a|your) (?:broken|cracked|damaged|faulty|leaking|burst|blocked|smashed|dented|"
        r"torn) (?:\w+ ){0,2}?(?:at|in|on|under|behind|outside) (?:the|your)\b|"
        r"\b(?:due to|because of|following|after) (?:a|an|the|this morning's|last night's|"
        r"yesterday's) (?:\w+ ){0,3}?(?:fault|failure|outage|damage|power cut|fire|flood|leak|"
        r"breakdown|crash)\b",
        negatable=True,
        unless=HEDGED + r"|\b(?:technical|unexpected|unforeseen|temporary|minor|system|any) "
        r"(?:fault|failure|outage|issue)\b",
    ),
    # responsibility: first person, active, owning
    Cue(
        "responsibility",
        r"\b(?:we|i)(?:'ve| have| had)?\s+(?:\w+\s+)?(?:made|make) (?:a|an|this|that|the|"
        r"two|several|some|one|a serious|a bad|a careless|a real) ?(?:\w+\s+)?"
        r"(?:mistake|error|blunder|misstep|slip|oversight|wrong call)",
    ),
    Cue(
        "responsibility",
        r"\b(?:this|that|it|the (?:mistake|error|fault|outage|failure))\s*(?:was|is|'s|were)\s+"
        r"(?:entirely\s+|fully\s+|completely\s+|all\s+|squarely\s+|100%\s+)?"
        r"(?:our|my)\s+(?:own\s+)?(?:fault|mistake|error|doing|responsibility|failure|"
        r"oversight|bug|problem)",
        negatable=True,
        unless=REPORTED,
    ),
    Cue(
        "responsibility",
        r"\b(?:the )?(?:fault|mistake|error|responsibility|blame)\s+(?:is|was|lies|lay|rests)\s+"
        r"(?:entirely\s+|fully\s+|squarely\s+|solely\s+)?(?:ours|mine|with us|with me)\b",
        negatable=True,
    ),
    Cue(
        "responsibility",
        r"\b(?:that|this|it)(?:'s| is| was| one is| one's)\s+(?:entirely\s+|all\s+|fully\s+)?"
        r"on (?:us|me)\b",
        negatable=True,
    ),
    Cue(
        "responsibility",
        r"\bour (?:own\s+)?(?:\w+\s+){0,2}(?:change|mistake|error|update|upgrade|deploy\w*|"
        r"release|configuration|config|script|code|bug|migration|oversight|maintenance|"
        r"engineer|team|staff|system|process|software|setting|settings|work|decision|"
        r"failure|test|tool|automation)s?\s+(?:\w+\s+)?(?:caused|broke|sent|deleted|"
        r"triggered|led to|meant|overwrote|removed|charged|took down|knocked|failed|wiped|"
        r"introduced|created|was to blame|is to blame|was the cause|is the cause|"
        r"did not|didn't)",
        # "They weren't our regular team" sets them apart.
        negatable=True,
        unless=REPORTED,
    ),
    Cue(
        "responsibility",
        r"\b(?:we|i)\s+(?:are|am|were|was)\s+(?:fully\s+|entirely\s+|solely\s+|wholly\s+)?"
        r"(?:responsible|accountable|to blame|at fault)\b",
        negatable=True,
    ),
    Cue(
        "responsibility",
        r"\b(?:we|i)\s+(?:fully\s+|completely\s+)?(?:take|accept|own|bear)\s+(?:full\s+|"
        r"complete\s+|total\s+)?(?:responsibility|ownership|the blame|this|it|the mistake|"
        r"that)\b",
        negatable=True,
    ),
    Cue(
        "responsibility",
        r"\b(?:we|i|our (?:\w+ ){0,2}?(?:process|checks?|tests?|testing|team|system|review|"
        r"monitoring|safeguards?|staff|engineers?))\s+(?:should|ought to)\s+(?:never\s+)?"
        r"(?:have|'ve)\b|\b(?:we|i) should've\b",
    ),
    Cue(
        "responsibility",
        r"\b(?:we|i)\s+(?:\w+ly\s+)?(?:caused|broke|let you down|dropped the ball|messed up|"
        r"got (?:it|this|that|\w+) wrong|got (?:the|your) \w+(?: \w+)? wrong|failed to|forgot to|"
        r"forgot|neglected|overlooked|did not (?:check|test|notice|catch|plan|warn|tell|spot)|"
        r"didn't (?:check|test|notice|catch|plan|warn|tell|spot)|screwed up|slipped up|"
        r"sent (?:it|you|the|your|an?) .{0,40}\b(?:wrong|incorrect|by mistake|in error)|"
        r"(?:accidentally|mistakenly|wrongly|wrongfully|carelessly|inadvertently) \w+)",
    ),
    Cue(
        "responsibility",
        r"\b(?:our|my)\s+(?:own\s+|\w+\s+)?(?:fault|mistake|mistakes|error|errors|slip|doing|"
        r"failure|failures|oversight|blunder|bad|call|responsibility|miss|lapse|failing|"
        r"failings)\b(?! (?:message|page|code))",
        negatable=True,
        unless=REPORTED,
    ),
    Cue(
        "responsibility",
        r"\b(?:we|i)\s+(?:\w+\s+){0,6}?(?:wrong|incorrect|incorrectly|wrongly|by mistake|in error|"
        r"by accident|instead of|without (?:checking|testing|updating|telling|warning|noticing|"
        r"asking|a test))\b|\b(?:we|i)\b[^.!?\n]{0,80}?\b(?:made|make) (?:a|an|one|two|some|"
        r"several|this|that|the)\s+(?:\w+\s+)?(?:mistake|error|blunder|misstep|slip)|"
        r"\b(?:we|i) (?:had |have )?(?:double[- ]booked|mixed up|never told|overbooked)\b",
        unless=REPORTED,
    ),
    Cue("responsibility", r"\bno excuses?\b|\bwe have no excuse\b"),
    Cue(
        "responsibility",
        r"\b(?:this|that|it|the cause) (?:is|was) (?:our|my) (?:own )?(?:\w+\s+){0,2}(?:change|"
        r"release|update|deploy\w*|decision|code|script|setting|bug|work)\b|"
        r"\b(?:a|the) (?:\w+ )?change (?:we|i) made\b|\b(?:we|i) (?:misconfigured|mis-set|pushed a "
        r"(?:bad|broken|faulty|wrong)|released a (?:bad|broken|faulty))\b|"
        r"\b(?:we|i)\b[^.!?\n]{0,60}\band (?:then )?(?:forgot|failed|neglected) to\b",
        negatable=True,
        unless=REPORTED,
    ),
    Cue(
        "responsibility",
        r"\b(?:the )?(?:fault|mistake|error|failure|problem) (?:is|was|lies|lay) (?:in|with) "
        r"(?:our|my)\b|\b(?:fixing|putting) (?:it|this) right is our (?:job|responsibility)\b|"
        r"\b(?:the|this|that) (?:mistake|fault|error|failure|outage) (?:is|was) (?:all )?ours\b",
        negatable=True,
        unless=REPORTED,
    ),
    # Owning in other words: the thing that failed called ours, a change we made named as the
    # cause, a misjudgement of ours, what we should not have done or did not do well enough.
    Cue(
        "responsibility",
        r"\b(?:that|this|the) (?:[\w-]+ ){1,2}?(?:is|was) (?:all |entirely |squarely )?"
        r"(?:ours|mine)\b(?! to\b)|"
        r"\b(?:that|this|it) was (?:our|my) (?:own )?(?:process|setup|system|checks?|testing|"
        r"scheduling|planning|doing|call|choice)\b|"
        r"\bwas (?:our|my) (?:decision|call|choice)\b[^.!?\n]{0,30}\bwrong\b|"
        r"\b(?:our|my) (?:[\w-]+ ){0,2}?[\w-]+'s fault\b|"
        r"\b(?:a|an|the) (?:[\w-]+ ){0,2}?(?:change|release|update|setting|rule|script|deploy\w*|"
        r"config\w*|migration|import|filter|upgrade|batch) (?:that )?(?:we|i) (?:made|shipped|"
        r"released|changed|deployed|pushed|set|wrote|ran|configured|applied|introduced)\b|"
        r"\b(?:we|i) (?:\w+ly )?(?:underestimated|overestimated|misjudged|miscalculated)\b|"
        r"\b(?:we|i|our (?:\w+ ){0,2}?(?:warehouse|crew|office|drivers?|systems?|processes))\s+"
        r"(?:should(?:n't| not)|ought not to)\s+(?:have|'ve)\b(?! to\b)|"
        r"\b(?:we|i) (?:didn't|did not) \w+ (?:\w+ ){0,4}?(?:quickly|soon|fast|carefully|"
        r"clearly|early) enough\b|"
        r"\b(?:we|i) let\b[^.!?\n]{0,60}\bshould(?:n't| not)(?: have)?\b|"
        r"\b(?:we|i) (?:charged|billed|debited|sent) (?:\w+ ){0,5}?twice\b|"
        r"\b(?:we|i) (?:set|wrote|made|configured|added|created) (?:the|a|an|that) (?:\w+ ){0,2}?"
        r"\w+ (?:that|which) (?:did this|caused (?:this|it)|did it)\b|"
        r"\bour (?:\w+ )?(?:crew|drivers?|fitters?|installers?|warehouse|staff|engineers?) "
        r"(?:cracked|damaged|dropped|lost|misread|forgot|missed|cut|hit|broke)\b",
        negatable=True,
        unless=REPORTED,
    ),
    # Owned in other words: a wrong decision called ours, a cause that was something we
    # missed, the workmanship named as ours "and nobody else's", the wrong thing handed over
    # "rather than" the right one, and "not good enough from us".
    Cue(
        "responsibility",
        r"\bbecause (?:we|i) (?:\w+ly )?(?:missed|forgot|skipped|overlooked|never|failed to|"
        r"did not|didn't|left (?:\w+ )?(?:out|off)|ran (?:\w+ )?twice|misread|mixed up)\b|"
        r"\b(?:that|this|it)(?:'s| is| was) (?:all )?(?:my|our) (?:own )?(?:workmanship|handiwork|"
        r"doing|fitting|wiring|install\w*)\b(?! to\b)|"
        r"\b(?:my|our|mine|ours)\b,? (?:and )?(?:nobody|no one|no-one) else(?:'s)?\b|"
        r"\b(?:we|i) (?:\w+ )?(?:gave|sent|packed|posted|fitted|installed|delivered|charged|billed|"
        r"booked|printed|used|supplied|dispensed) (?:you |your \w+ )?(?:[\w.£$€-]+ ){0,4}?rather "
        r"than\b|"
        r"\bnot (?:good enough|acceptable|ok|okay|up to (?:scratch|standard)) (?:from|of|by|on the "
        r"part of) (?:us|me)\b|\b(?:not|wasn't|weren't|isn't) up to (?:our|my) (?:usual |own )?"
        r"standards?\b",
        unless=REPORTED + r"|\b(?:if|whether)\b",
    ),
    Cue(
        "responsibility",
        r"\b(?:it|that|this) was (?:the |a )?wrong (?:one|call|choice|decision)\b",
        needs=r"\b(?:our|my) (?:own )?(?:decision|call|choice)\b",
        unless=REPORTED,
    ),
    # impact: what it meant for this customer
    Cue(
        "impact",
        # "I can see" mostly reads the account back ("I can see he deleted 43 files").
        r"\b(?:we|i)(?: do| fully| really| completely)? (?:know|understand|realise|realize|recognis"
        r"e|recognize|appreciate|can imagine|imagine)\b",
        negatable=True,
        needs=r"\b(?:you|your|yours|he|she|they|them|families|customers|members|staff|frustrating|"
        r"upsetting|painful|stressful|worrying|serious|difficult|disappointing|inconvenient|"
        r"embarrassing|can mean|means)\b",
        unless=BELITTLED
        + r"|\b(?:what|why|how) (?:caused|happened|went wrong)\b|"
        + r"\b(?:once|when|until|as soon as|if) (?:we|i) know\b|"
        + GENERIC_FEELING
        + "|"
        + CUSTOMER_OWN_DOING
        # "We understand your bill may not have been right" only hedges; "I can see you were
        # charged twice" reads their account back to them.
        + r"|\b(?:may|might) (?:not )?have\b|\b(?:i|we) can see (?:that )?(?:you|your)\b",
    ),
    # "You were charged £185 for the call" and "the tap you bought online" only say what
    # happened; a fee they were charged, or what they bought for the day, says what it cost.
    Cue(
        "impact",
        r"(?<!\bif )(?<!\bsent )(?<!\bgave )\byou(?:'ve|'d|'ll| have| had| were| will| would)?\s+"
        r"(?:\w+\s+)?(?:could not|couldn't|could only|"
        r"were unable to|weren't able to|were not able to|had to|have had to|will have to|lost|"
        r"missed|waited|been waiting|been without|went without|drove|travelled|traveled|came in|"
        r"came back|arrived|turned up|were turned away|took (?:time|the (?:day|morning|afternoon))|"
        r"paid for|already paid|spent|were left|were (?:charged|billed)(?! (?:for|£|\$|€|\d))|"
        r"went home|(?:heard|saw|found|bought|booked)(?! (?:it|them|online|from|was|were|is|are|"
        r"came|has|had|on|at|in|and)\b)(?![,.;])|got no|had no|received no|were kept|were stuck|"
        r"were locked out|planned|counted on|relied on|expected|were expecting|have seen|"
        r"have been|tried|gave up|have to|rearranged)\b",
        unless=BELITTLED + "|" + HELP_IF + "|" + CUSTOMER_OWN_DOING,
    ),
    Cue(
        "impact",
        # "As your agent we cannot" has changed subject; "your backup could not be restored" is
        # the failure, not what it did to them.
        r"\byour\s+(?:(?!we\b|i\b)\w+(?:'s)?\s+){1,5}?(?:(?:could not|couldn't|cannot|can't|"
        r"can not)(?! be\b)|could only|were unable|was unable|is not reachable|are not reachable|"
        r"weren't able|went unanswered|could open|saw|heard|missed|lost|waited|had to|"
        r"didn't go out|did not go out|never arrived|didn't arrive|did not arrive|"
        r"(?:was|were) (?:seen|exposed|shown|visible|left|without|empty|underpaid|overcharged|"
        r"turned away|stuck|closed))\b",
        unless=BELITTLED + r"|\bnot been\b" + "|" + HELP_IF + "|" + CUSTOMER_OWN_DOING,
    ),
    Cue(
        "impact",
        r"\b(?:cost|costs|costing|took|wasted|caused)\s+you\b|\bwasted your\b|\b(?:this|that|it)\s+"
        r"(?:meant|means|left|"
        r"kept|put|stopped|prevented)\s+(?:that\s+)?(?:you|your)\b|\bleft you\b|"
        r"\bfor you,?\s+(?:this|that|it)\s+(?:meant|means)\b|"
        r"\b(?:this|that) (?:means|meant) (?:a|an|the|someone|anyone|nobody|no one)\b|"
        r"\b(?:disrupted|interrupted|hurt|damaged|held up|ruined|spoiled|cut into|derailed|"
        r"upset|harmed|disturbed|embarrassed)\s+(?:\w+\s+){0,2}(?:you|your)\b",
        unless=BELITTLED + "|" + CAUSED_FEELING,
    ),
    Cue(
        "impact",
        r"\b(?:customers|visitors|callers|members|clients|patients|guests|staff|employees|buyers|"
        r"anyone|everyone|people|children|"
        r"shoppers|readers|subscribers|students|parents|families)\s+(?:(?!who\b|that\b)\w+\s+)"
        r"{0,3}?(?:saw|heard|got|"
        r"received|could not|couldn't|were turned away|were unable|had to|waited|were told|"
        r"were charged|lost|missed|see|get|cannot|can't|have to)\b",
        needs=r"\b(?:you|your)\b",
        unless=BELITTLED + "|" + HELP_IF,
    ),
    # fix_done: what is already done ("an update we released" names the cause, not a step)
    Cue(
        "fix_done",
        r"(?<!update )(?<!change )(?<!release )(?<!version )"
        r"\b(?:we|i)(?:'ve| have| had)?\s+(?:now\s+|already\s+|just\s+|immediately\s+|quickly\s+|"
        r"since\s+|also\s+|then\s+|first\s+|fully\s+|successfully\s+|"
        r"gone ahead and\s+)*(?:restored|"
        r"deactivated|suspended|"
        r"rolled (?:\w+\s+){0,3}back|"
        r"(?:turned|switched) (?:\w+\s+){0,3}off|"
        r"reverted|fixed|repaired|replaced|restarted|rebooted|stopped|halted|paused|deleted|"
        rf"removed|moved|migrated|patched|corrected|refunded{PARTIAL}|re-?sent|re-?issued|"
        r"recovered|"
        r"switched|disabled|blocked|reset|rebuilt|brought|put (?:it|them|\w+) back|"
        r"cancell?ed|reversed|issued|resolved|locked|revoked|rotated|updated|upgraded|cleaned|"
        rf"purged|re-?enabled|reconnected|rerouted|re-?ran|reprocessed|credited{PARTIAL}|voided|"
        r"recalled|"
        r"retracted|pulled|took (?:it |them |the \w+ )?(?:down|offline)|isolated|changed|"
        rf"installed|reinstalled|configured|set up|added{NOT_A_GIFT}|secured|unblocked|re-?opened|"
        r"closed(?! (?:\w+ ){0,3}?for (?:\w+ )?(?:days|weeks|hours|months)\b)|"
        r"released|shipped|rescheduled|reloaded|re-?imported|re-?connected|re-?routed|"
        r"reset|rebooked|contacted|called|notified|emailed|informed|traced and fixed|"
        r"identified and fixed|fixed and|undid|undone|doubled|found|regenerated|resubmitted|"
        r"bumped|promoted|re-?enabled|sent (?:a |the |an? )?(?:correct|corrected|right|new|fixed)|"
        r"sent (?:it |them )?again|re-?(?:queued|imported|printed|processed|started|built|issued|"
        r"booked|loaded|deployed|submitted|connected|routed|enabled|opened|installed|scheduled|"
        r"indexed|synced|tried|ordered|packed|shipped|delivered|published|uploaded|generated|"
        r"calculated|paid|filed)|sent (?:the|your|a) (?:\w+ )?(?:file|payment|"
        r"parcel|order|money|refund|contributions)|(?:identified|found) (?:\w+ ){0,8}and "
        r"(?:reverted|fixed|removed|replaced|restored))\b|\b(?:we are|we're) (?:now )?"
        rf"{NOT_REDOING}re\w+ing\b|"
        r"\bthe correct (?:link|address|amount|time|date|price|file|version|figures?) (?:is|are)\b|"
        r"\bwe (?:now|have now) (?:print|tell|check|send|use|test|run|keep|ask|call|require)\b|"
        r"\b(?:we are|we're|i am|i'm) (?:now )?(?:sending|restoring|moving|rebuilding|refunding|"
        r"replacing|rolling back|reverting|reissuing|resending|reprinting|delivering|recovering|"
        rf"migrating|copying|correcting|{CALLING}|writing to (?!(?:let|inform|tell|"
        r"notify|update|advise|confirm|apologi[sz]e|explain|say)\b))\b",
        # Telling them beforehand is a defence, and work done while it was closed, or done
        # without checking, is the cause.
        unless=HEDGED
        + "|"
        + TOLD_BEFORE
        + r"|\bwhile (?:we|i)\b|\bwithout (?:telling|testing|checking|warning|asking)\b|"
        + r"\bwhether\b",
    ),
    Cue(
        "fix_done",
        r"\b(?:has|have)\s+(?:now\s+|since\s+|already\s+)?been\s+(?:fully\s+|completely\s+|"
        r"successfully\s+|\w+ed and\s+)?(?:restored|fixed|repaired|corrected|reverted|"
        r"rolled back|replaced|recovered|refunded|re-?sent|sent again|deleted|removed|stopped|"
        r"patched|cancell?ed(?! (?:for|since|until|again|at short notice|without)\b)|reversed|"
        r"re-?issued|credited|reconnected|rebuilt|brought back|"
        r"put back|undone|re-?enabled|re-?(?:queued|imported|printed|processed|started|built|"
        r"booked|loaded|deployed|submitted|connected|routed|opened|installed|scheduled|indexed|"
        r"synced|tried|ordered|packed|shipped|delivered|published|uploaded|generated|calculated|"
        r"paid|filed))\b",
        unless=HEDGED,
    ),
    Cue(
        "fix_done",
        r"\b(?:is|are|was|were)\s+(?:now\s+|all\s+|fully\s+|again\s+|since\s+)*(?:back(?:\s+up|"
        r"\s+online|\s+to normal|\s+in service)?|working (?:again|properly)|"
        r"up and running|online again|running again|restored|fixed|"
        r"stable again|reachable again|available again)\b|"
        r"\b(?:went|came|gone|come) back (?:on sale|online|live|up|into service|in service|"
        r"on air)\b",
        negatable=True,
        # "Until the boards are fixed" waits for it; "by the time we were back" tells of harm.
        # A plain "working normally" is the state of what was never down, or as bare as
        # "resolved".
        unless=r"\b(?:until|till|once|as soon as|before|by the time)\b (?:[\w']+ ){0,4}?"
        r"(?:is|are|'s|'re|was|were) "
        r"(?:\w+ )?(?:back|working|fixed|restored|running|up|online|available|stable|reachable)\b",
    ),
    Cue(
        "fix_done",
        r"\beverything\s+is\s+(?:now\s+)?(?:back|working|running|fine|normal)\b|"
        r"\ball (?:sites|services|systems|websites|mailboxes|accounts)\s+are\s+(?:now\s+(?:back|"
        r"working|running|fine|normal)|back)\b",
        negatable=True,
    ),
    # next step with a time: a future step and a concrete time in the same sentence
    Cue(
        "next_steps_with_time",
        # "Didn't go out on Monday" is the failure; "scheduled maintenance on the 4th" names it.
        r"\b(?<!n't )(?<!not )(?<!never )(?:will(?! not\b| never\b)|shall|going to|plan to|"
        r"intend to|aim to|"
        r"(?<!your )(?<!the )scheduled(?! (?!for\b|to\b|at\b|on\b|between\b|from\b)[a-z]+)|"
        r"planned for|is due|are due|"
        r"expect|expected|next (?:update|step|message|email|report|note)|reopens?|resumes?|"
        r"starting|starts|arrives?|reaches|leaves|ships|no later than|at the latest|"
        r"follow up|write again|update you|be back|has kept|have kept|is booked|are booked|"
        # "You're due £9.33" is money owed, not a time.
        r"confirm by|(?<!was )(?<!were )due(?! to\b| (?:that|last|the previous|the same)\b|"
        r" ?[£$€\d])|"
        r"next (?:post|bulletin|review|call|"
        r"check-in)|(?:we|i) can(?!'t|not)|goes out|"
        r"go out|lands|opens|takes place|see you(?=[^.!?\n]{0,30}\bat \d)|"
        r"(?:booked|scheduled|arranged|rebooked|reserved) (?:you|your|a|an|it)|"
        r"(?:held|saved|kept|set aside|put aside|pencill?ed in) (?:a|an|your|the|two|three) "
        r"(?:\w+ )?(?:slot|place|seat|table|room|appointment|spot|space|ticket|court|bed|time)s? "
        r"for you|"
        # On its way, a go-ahead away, or how long it usually takes once they say so.
        r"(?<!was )(?<!were )on (?:its|their|the|his|her) way|"
        r"(?:usually|normally|typically|generally) (?:within|in|takes?|by)|"
        r"(?:of|after|from) your (?:go-ahead|approval|confirmation|reply|say-so|ok|okay)|"
        # "Until the boards are fixed on Thursday": when it ends, named.
        r"until (?:[\w']+ ){1,4}?(?:is|are|gets?|get) (?:\w+ed|back|rebuilt|done|ready)|"
        r"you(?:'re| are)? (?:can|could|may|welcome to) (?:come (?:in|by|and)|collect|"
        r"pick (?:\w+ )?up|drop (?:\w+ )?(?:off|in|by)|pop (?:in|by|round))|"
        # A wish to see them, and the next visit in a round: "your next collection is Thursday".
        r"(?:'d|would) (?:like|love|want) to (?:see|call|visit|check|meet|ring|speak|come)|"
        r"next (?:\w+ )?(?:collection|delivery|appointment|visit|class|lesson|session|sailing|"
        r"service|payment|pick-?up|check|inspection|match|game|clinic) (?:is|will be|falls|comes))"
        r"\b|"
        r"\b(?:it|they|the (?:money|refund|credit|payment|amount|transfer)) (?:should |will |"
        r"usually |normally |typically )?(?:shows?|appears?|clears?|lands?)(?: up)? "
        r"(?:in|on|within|by)\b|"
        # A deadline moved, a list item's own "(by 30 June)", and how soon a request is met.
        # (A voucher "valid until 31 December" only says when it lapses.)
        r"\b(?:extended|held|kept open|stays? open) (?:until|till|through)\b|"
        r"\((?:by|due|before) |"
        r"\b(?:is|are) (?:usually |normally |always )?(?:confirmed|sent|processed|dispatched|"
        r"delivered|refunded|ready|answered|returned|posted) within\b|"
        # "I'll say this once more" is a way of speaking, not a step.
        r"'ll\b(?! (?:say|repeat|admit|put it|be (?:honest|clear|frank|blunt|straight))\b)",
        needs=AHEAD,
        # What the failure will still do ("orders due this week will be late") is no step, nor
        # what a page was said to promise.
        unless=r"\bwill (?:now |still )?be (?:\w+ )?(?:late|delayed)\b|"
        r"\b(?:said|stated|says|states|warned|promised|told you)\b[^.!?\n]{0,80}\bwould\b",
    ),
    # remedy
    Cue(
        "remedy",
        r"\b(?:refund(?:ed|ing|s)?|reimburs\w+|(?:service|account|full|partial)\s+credit|"
        r"credit(?:ed|ing)?\s+(?:you|your|the|this|that|these|those|back|of|for|\w+'s)\b|"
        r"credit note|discount(?:ed)?|"
        r"(?:free|complimentary)\s+(?:\w+\s+)?(?:month|months|upgrade|of charge|service|"
        r"replacement|year|week|session|night|delivery|shipping|consultation|support)|"
        r"(?:months?|years?|weeks?)\s+(?:is\s+|are\s+|will be\s+)?(?:free|for free|on us|"
        r"at no (?:cost|charge))|"
        r"waive[ds]?|compensat\w+|free replacement|send (?:you )?a rep"
        r"lacement|voucher|gift card(?! (?:payments?|balances?|holders?))|ma"
        r"ke (?:it|this|things) "
        r"(?:right|up to you)|money back|half[- ]price|\d+\s?%\s+off|cover (?:the|your) "
        r"(?:cost|costs|fees?|bill)|on the house|pay (?:you )?back|paid back|rebate|"
        r"give you (?:back|a(?! (?:ring|call|shout|buzz|bell|heads[- ]up|"
        r"update|quick call)\b))|free of charge)\b",
        negatable=True,
        unless=r"\b(?:demand\w*|ask(?:ed|ing)? (?:us )?for|request\w*) (?:a |an )?"
        r"(?:refund|credit)|" + REMEDY_TALKED_ABOUT,
    ),
    Cue(
        "remedy",
        r"\bcredit(?:ed|ing)\b|\bwaiving\b|\bwe(?:'ll| will| would lik"
        r"e to| want to)? (?:also )?pay "
        r"(?:for|your|you back)\b|\bextended the (?:sale|offer|price|discount|deadline)\b|"
        r"\bfree (?:\w+\s+){0,2}(?:monitoring|service|hosting|access|support|session|class|place|"
        r"places|ticket|tickets|hire|delivery|upgrade|month|months|night|meal|consultation|trip|"
        r"repair|fix|cleaning|collection)\b|\bwith our compliments\b|"
        # Kept as a record ("keep the receipts") or as a booking ("reply YES to keep it") is
        # not a thing given.
        r"(?<!yes to )(?<!want to )(?<!like to )(?<!wish to )\bkeep (?!the (?:receipts?|records?|"
        r"paperwork|evidence|details|reference|invoices?|emails?|letters?|confirmation)\b)"
        r"(?:it|them|the \w+)\b"
        r"(?! (?:if you (?:want|need|like|wish)|for your records?|as a record)\b)",
        negatable=True,
        unless=REMEDY_TALKED_ABOUT,
    ),
    Cue(
        "remedy",
        r"\b(?:will not|won't|will no longer|are not going to)\s+(?:be\s+)?(?:charg(?:e|ed|ing)|"
        r"bill(?:ed)?|invoic(?:e|ed))\b|"
        r"\bno charge\b|\bat no (?:extra |additional )?(?:cost|charge)\b|"
        r"\bnot (?:be )?(?:charged|billed) (?:for|this)\b|\bnothing to pay\b|"
        r"\bat no (?:\w+ )?(?:change|difference|increase) in (?:the )?(?:price|cost)\b|"
        r"\b(?:for|at) the same price\b|"
        r"\b(?:won't|will not|doesn't|does not|don't|do not|no longer) count (?:against|towards) "
        r"(?:you|your)\b",
        # "Energy that was used but not charged for" is what they still owe.
        unless=r"\b\w+ed but not (?:charged|billed)\b",
    ),
    Cue(
        "remedy",
        r"\b(?:call you (?:personally|myself|ourselves|back)|personal(?:ly)? call|"
        r"(?:i|we) (?:will|'ll|would like to|can) (?:personally )?call you|"
        r"visit you|come (?:to you|round|by) (?:in person|personally)?)\b",
        negatable=True,
    ),
    Cue(
        "remedy",
        r"\b(?:paid|best[- ]effort|one-off|optional)\s+(?:\w+\s+)?(?:option|service|restore|"
        r"recovery|help|attempt|support|migration|package|add-on|upgrade|plan)|"
        r"\bfor a (?:one-off |small |flat |fixed )?fee\b|\bat (?:our|a|the) (?:standard |usual |"
        r"reduced |discounted )?(?:hourly |daily )?rate\b|(?:€|\$|£)\s?\d+|\d+\s?(?:eur|euros?|usd|"
        r"dollars?|gbp|pounds?)\b|\b(?:we|i) (?:can|could|would be happy to|are happy to|"
        r"'d be happy to|will gladly|can gladly) (?:\w+\s+)?(?:offer|try|attempt|help|restore|"
        r"recover|set up|do|arrange|migrate|upgrade|switch|move|add|take over|look)\b|"
        r"\bupgrade to\b|"
        r"\bwe (?:can|could) (?:still )?(?:\w+ )?(?:for you)\b|\bwhat (?:we|i) can (?:do|offer)\b|"
        r"\bthe (?:\w+ )?(?:pro|premium|business|plus|team|enterprise|paid|higher|bigger|larger) "
        r"(?:plan|tier|package|subscription)\b",
        negatable=True,
        kinds=("boundary",),
        # A charge held up to them ("so the £22 fee stands") is no option offered.
        unless=r"\b(?:was|were|has been|have been) (?:applied|charged|debited|taken)\b|"
        r"\b(?:fee|charge|fine|penalty|balance|invoice|bill)s? (?:still |therefore )?(?:stands?|"
        r"applies|apply|remains?|is (?:due|owed|payable|final))\b",
    ),
    # help channel
    Cue(
        "help_channel",
        r"\b(?:reply(?:ing)?|answer(?:ing)?|writ(?:e|ing) back|respond(?:ing)?) (?:to )?(?:(?:this|"
        r"our|my) |"
        r"your (?:\w+ )?)(?:e-?mail|message|note|letter|ticket|thread)\b|"
        r"\b(?:just|simply|please) (?:hit )?reply\b|\breply (?:here|directly|if|and|with)\b|"
        r"\bhit reply\b|"
        r"\bcall (?:us|me|(?:our|the) (?:\w+ )?(?:team|line|desk|office|helpdesk|hotline))\b|"
        r"\b(?:happy|glad|pleased) to (?:call|ring|phone) you\b|"
        r"\b(?:ring|phone|text|whatsapp) (?:us|me)\b|"
        r"(?<![\w+])\+\d[\d\s().-]{6,}\d|\b0\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b|"
        r"(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|\bhttps?://\S+|\bwww\.\S+|(?<![\w-])[\w-]+\.(?:com|org|ne"
        r"t|io|"
        r"example|co\.uk|de|fr|nl|eu|app|dev|help|gov|gg|edu|tv)/\S*|"
        r"\b(?:live )?chat (?:with us|window|button|on our|at)\b|\blive chat\b|\bour chat\b|"
        r"\b(?:contact|reach|email|e-mail|write to|message|get in touch with|talk to|"
        r"speak (?:to|with)|ask) (?:us|me|(?:our|the) (?:\w+ )?(?:team|desk|office|engineers|staff|"
        r"support|helpdesk|hotline))\b|\bget in touch\b|\b(?:support|help) (?:page|centre|"
        r"center|portal|desk|line|team) (?:at|on)\b|\bhelpdesk\b|\bhotline\b|"
        r"\b(?:my|our) (?:direct )?(?:number|line|phone) is\b|\bstatus page\b|"
        r"\b(?:visit|see|check) (?:us at|our (?:status|help|support))|"
        # A bare web address, unless it is the customer's own domain the message is about.
        r"(?<![\w@.-])(?<!your domain )(?<!renewal of )(?<!certificate on )(?<!your site )"
        r"(?<!your website )(?:[a-z0-9-]+\.){1,3}(?:com|org|net|io|example|co\.uk|gov\.uk|"
        r"org\.uk|de|fr|nl|eu|app|dev|help|info|us|ca|au|host|online|shop|store|site|cloud|uk|"
        r"ie)\b(?![.-]\w)|"
        r"(?<![\w+-])1?-?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b",
        unless=HELP_REBUFFED,
    ),
    # A reply asked for in a word ("reply 'yes'"), updates on a social account, the desk.
    Cue(
        "help_channel",
        r"\breply (?=[\"\u201c'\u2018])|\b(?:on @|at @|via @|follow @|follow us on @)[a-z]\w{2,}|"
        r"\b(?:front desk|reception|box office) (?:can|will|is happy|are happy|is open)\b|"
        # "The book at the front desk" is a thing, not a place to go.
        r"(?<!the )(?<!a )(?<!our )\b(?:ask|book|pay|call in|pop in|speak to us) (?:\w+ )?(?:at|"
        r"on) "
        r"(?:the |our )?(?:front desk|"
        r"reception|box office)\b|\bon (?:the |our )?(?:front desk|"
        r"reception) (?:\w+ ){0,5}?can help\b|"
        r"\b(?:ask|see|visit|pop into|call into|speak to) (?:the |our )?(?:front desk|"
        r"reception|box office)\b|\blet (?:me|us) know\b(?! (?:if|once|when|whether)\b)|"
        # A person on hand, or where questions go: "the front desk is there day and night",
        # "ask for the duty manager", "questions can be directed to the office", "DM us".
        r"\b(?:front desk|reception|box office|office|helpline)s? (?:is|are) (?:\w+ )?(?:there|"
        r"open|here|available|staffed|on hand)\b|\b(?:duty manager|manager|team|nurse|"
        r"pharmacist) (?:is|are) (?:\w+ )?(?:there|here|available|on hand|at (?:the )?(?:front "
        r"desk|reception))\b(?! (?:to|for) (?:staff|members of staff|employees)\b)|"
        r"\bask (?:for|to speak to) (?:the |a |our )?(?:\w+ )?(?:manager|receptionist|supervisor|"
        r"nurse|pharmacist)\b|\bdial \d\b|"
        r"\b(?:questions?|queries|concerns?|enquiries|comments) (?:can|should|may) (?:also )?be "
        r"(?:directed|sent|addressed|put|raised|referred|emailed) to\b|"
        r"\b(?:chat|talk) to us\b|\b(?:dm|pm|inbox) us\b",
        unless=HELP_REBUFFED,
    ),
    # A web address on any domain with a path or a status or help host, "give me a ring", a
    # keyword to reply with, a place to come to in person, updates in the app or on an account.
    Cue(
        "help_channel",
        r"(?<![\w@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/[\w/-]+|\b(?:status|help|support)\."
        r"[a-z0-9-]+\.[a-z]{2,}\b|\bgive (?:us|me) a (?:ring|call|bell|shout|buzz)\b|\bshout if\b|"
        r"\breply (?!all\b)\w{1,8} (?:and|to|if)\b|"
        r"\b(?:come|bring|grab us|find us|pop (?:in|by|down|into)|drop (?:in|by)|meet you|call in|"
        r"tap \w+)\b[^.!?\n]{0,40}\b(?:at|to|in) (?:the |our )?(?:[\w-]+ )?(?:front desk|"
        r"reception|counter|office|desk|window|poolside)\b|"
        r"\baccount @[a-z]\w{2,}|\b(?:keep an eye on|follow|watch) (?:our|the) (?:app|website|site|"
        r"page|feed|facebook|instagram|socials?)\b|\b(?:status|updates?) (?:is|are) (?:in|on) "
        r"(?:the|our) app\b",
        unless=HELP_REBUFFED,
    ),
    # Broader phrasings, written from each element's idea rather than from any one message:
    # the verb families, subjects (we, I, the team, our engineers) and tenses a business uses.
    Cue(
        "fix_done",
        rf"\b{WE}{HAVE}\s+(?:\w+ly\s+|now\s+|since\s+|already\s+|also\s+|then\s+)*(?:deployed|"
        r"applied|shipped|released|pushed|rolled out|implemented|introduced|put|installed)\s+"
        r"(?:\w+\s+){0,3}?(?:fix|fixes|patch|patches|hotfix|correction|workaround|safeguards?|"
        r"checks?|mitigation|update|change|changes|in place)\b|"
        rf"\b{WE}{HAVE}\s+(?:\w+ly\s+|now\s+|since\s+|already\s+|also\s+|then\s+)*{REPAIRED}\b|"
        r"\b(?:we|i)(?:'ve| have) since\b|"
        rf"\b{WE}(?:'re| are| is|'m| am)\s+(?:now\s+|currently\s+|already\s+)?{REPAIRING}\b",
        negatable=True,
        # What we were doing when it broke, or the change that broke it, is not the fix.
        unless=HEDGED + r"|\bwhile (?:we|i)\b|\bwithout (?:telling|testing|checking|warning|"
        r"asking)\b",
    ),
    Cue(
        "fix_done",
        r"\b(?:(?:a|the|our)\s+(?:\w+\s+)?)?(?:fix|patch|hotfix|correction|workaround|rollback|"
        r"roll-back|replacement|refund|refunds|credit|credits)\s+(?:of (?:[\w%£$€.,]+ ){1,5}?)?"
        r"(?:was|were|has been|have been|"
        r"is being|is now|are now|went)\s+(?:\w+ly\s+)?(?:deployed|applied|released|rolled out|"
        r"shipped|issued|processed|sent|made|completed|live|installed|put in place|in place|out)\b|"
        rf"\b(?:has|have|had|was|were)\s+(?:now\s+|since\s+|already\s+|all\s+|fully\s+|"
        rf"successfully\s+|been\s+)*{REPAIRED_PASSIVE}\b",
        negatable=True,
        unless=HEDGED,
    ),
    Cue(
        "impact",
        rf"(?<!\bif )\b(?:you|{YOUR_PEOPLE})\s+(?:\w+\s+)?(?:were|was|are|have been|had been|got|"
        r"'ve been|'re)?\s*(?:not able to|unable to|left (?:without|waiting|unable|stranded|"
        r"out of pocket)|without (?:access|power|internet|email|phones?|service|your|a )|"
        r"locked out|stuck|stranded|out of pocket|forced to|kept waiting|turned away|"
        r"double[- ]charged|charged twice|billed twice|overcharged|cut off|shut out)\b|"
        rf"(?<!\bif )\b(?:you|{YOUR_PEOPLE})\s+(?:\w+\s+)?(?:couldn't|could not|could only|"
        rf"had to|lost|missed|spent|wasted|{PAID_OVER})\b",
        unless=BELITTLED + "|" + HELP_IF + "|" + CUSTOMER_OWN_DOING,
    ),
    Cue(
        "impact",
        r"\b(?:prevented|stopped|kept|blocked|barred)\s+(?:you|your (?:\w+\s+){0,2}?\w+)\s+"
        r"from\b|\b(?:affected|impacted|hampered|hurt|disrupted|limited) (?:you and )?your "
        r"(?:\w+\s+)?(?:ability|business|work|day|plans|customers|sales|revenue|income|trading|"
        r"operations|team|staff|patients|clients)\b|"
        r"\b(?:impact|effect|toll|strain|pressure|burden|cost|consequences?|disruption|stress|"
        r"worry)\s+(?:this|it|that|the \w+)\s+(?:has\s+|had\s+|will have\s+)?(?:had|has|caused|"
        r"put|placed|created)\s+(?:on|for)\s+(?:you|your)\b|"
        r"\bhow (?:much|heavily|closely)\s+(?:you|your \w+(?: \w+)?|many of you)\s+(?:rely|"
        r"relies|depend|depends|count|counts)\s+on\b|\b(?:you|your \w+) (?:rely|relies|depend|"
        r"depends|count|counts) on (?:us|our|this|the|it)\b|"
        r"\b(?:you|your \w+) (?:were|was) (?:relying|depending|counting) on\b",
        negatable=True,
    ),
    Cue(
        "impact",
        r"\bhow (?:disruptive|frustrating|stressful|upsetting|worrying|costly|serious|"
        r"inconvenient|difficult|damaging|distressing|alarming|annoying|unsettling|"
        r"disappointing|much (?:trouble|disruption|stress|worry))\b",
        needs=r"\b(?:you|your|yours)\b",
        unless=BELITTLED,
    ),
    Cue(
        "remedy",
        r"\b(?:issu|appl|add|giv|offer|receiv|get|provid|post|automatically appl)(?:e|es|ed|ing|"
        r"ied|y|ies)?\s+(?:to\s+)?(?:you\s+|all\s+|every\s+|each\s+)?(?:with\s+)?(?:a\s+|an\s+|"
        r"your\s+|the\s+)?(?:[\w%£$€.]+[- ]){0,3}?credits?\b|"
        r"\bcredits?\s+(?:equal|equivalent|worth|to|on|against|towards|covering|of)\b|"
        r"\bgoodwill (?:gesture|payment|credit|voucher)|\bgesture of goodwill\b|"
        r"\b(?:send|ship|dispatch|post|courier|deliver)(?:s|ed|ing)?\s+(?:you\s+)?(?:a\s+|an\s+|"
        r"your\s+)?(?:new|replacement|fresh|second|another)\b(?! (?:up"
        r"date|message|note|email|notice|"
        r"bulletin|reminder|letter|statement|post)\b)|"
        r"\ba (?:free )?replacement (?:\w+ )?(?:is|will|has|at no)\b|"
        r"\bextend(?:ed|ing)?\s+(?:your\s+|the\s+)?(?:subscription|plan|trial|membership|"
        r"contract|warranty|licen[cs]e|booking|term)\b|"
        r"\b(?!(?:the|this) (?:fault|error|blame|mistake|failure|responsibility))(?:(?:your|the|"
        r"next)\s+(?:\w+\s+){0,3}?|this\s+(?:\w+\s+){1,3}?)(?:is|are|w"
        r"ill be)\s+on (?:us|the house)\b",
        negatable=True,
        unless=r"\b(?:demand\w*|ask(?:ed|ing)? (?:us )?for|request\w*) (?:a |an )?"
        r"(?:refund|credit|replacement)|" + REMEDY_TALKED_ABOUT,
    ),
    Cue(
        "next_steps_with_time",
        rf"\b{WE}(?:'re| are| is|'m| am)\s+(?:now\s+)?(?:\w+ing)\b|\bplease (?:expect|allow)\b|"
        r"(?<!your )\b(?:target|aim|goal|deadline|plan) (?:is|date)\b|\bwe(?:'re| are) (?:aiming|"
        r"targeting|committed)\b",
        needs=AHEAD,
        unless=r"\b(?:since|ago|was|were|had|yesterday|last)\b|"
        r"\b(?:we|i)(?:'re| are|'m| am) (?:sorry|aware|investigating)\b|"
        r"\bwriting to (?:let|tell|inform|update|advise|apologi[sz]e)\b",
    ),
    Cue(
        "fix_done",
        r"\b(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)+been\s+"
        rf"(?!{GENERIC_FIX}\b)(?:\w+ed|(?!been)\w+en|paid|sent|put right)\b|"
        r"\b(?:is|are|was|were|it's|'s|'re)\s+(?:now|since|already|again)\s+"
        rf"(?!{GENERIC_FIX}\b)(?:\w+ed|\w+en|fixed|back|paid|sent|put right)\b|"
        rf"\b(?:is|are|'s|'re)\s+(?:{REPAIRED_PASSIVE}|unblocked|cleared|corrected|unlocked)\b|"
        r"\b(?:has|have) since (?!been\b)\w+ed\b|"
        r"\b(?:was|were) \w+(?:ed|en) again\b|"
        rf"\b(?:{REPAIRED_PASSIVE}|restarted|redeployed|rolled back|cleared|unblocked|"
        r"re-?indexed|finished re-?\w+ing|switched|rerouted|redirected|"
        r"turned (?:\w+ ){0,3}back on)\b(?:\s+[\w.-]+){0,6}?\s+"
        r"(?:at|by) \d{1,2}[:.]\d{2}(?:z\b|\b)|"
        r"\b(?:rollback|roll-back|fix|patch|restore|restoration|recovery|refund|reversal|"
        r"re-?index\w*|re-?send|re-?run)\s+(?:was\s+|is\s+|has been\s+)?(?:completed|complete|done|"
        r"finished|deployed|applied|issued|processed|made)\b|"
        r"\b(?:correct|corrected|new|right|replacement|updated|fixed|revised|amended|"
        r"reissued)\s+(?:\w+\s+){0,2}(?:(?:was|were|has been|have been|is|are)\s+(?:now\s+|"
        r"being\s+)?(?:sent|emailed|posted|issued|published|uploaded|live|attached|"
        r"on (?:its|their) way)|(?:was|were|has been|have been|is being|are being)\s+(?:printed|"
        r"fitted|installed|delivered|put in))\b|"
        rf"\b(?:is|are)\s+now\s+being\s+(?!{GENERIC_FIX}\b)\w+ed\b(?! normally\b)|"
        r"\b(?:has|have) been (?:stable|up) (?:ever )?since\b|"
        r"\b(?:went|gone|go|goes|going|is|are|was|were|been)\s+back\s+(?:to|into|onto|on)\s+"
        r"your\b|\blanded in (?:your|every|each|all)\b|"
        rf"\band (?:is|are) (?:now\s+)?{REPAIRING}\b",
        negatable=True,
        # "Bring them back and it's unblocked" is what the customer must do first; "closed
        # while it is repaired" waits for it.
        unless=HEDGED + r"|^\s*(?:bring|send|pay|return|reply|call|click|log in|sign in|restart|"
        r"clear|try|settle|renew|upload|confirm|complete|update)\b|"
        r"\b(?:while|until|till|once) (?:it|they|this|that|the \w+) (?:is|are|'s|'re) \w+ed\b",
    ),
    Cue(
        "remedy",
        r"\b(?:we|i)(?:'ll| will| would| can| are going to| shall)?\s+(?:also\s+|gladly\s+|"
        r"happily\s+)?(?:pay|give|transfer|refund|reimburse|cover|repay|compensate)\s+"
        r"(?:you\s+)?(?:the\s+(?:full\s+|whole\s+|entire\s+)?(?=[£$€\d]))?(?:that amount|"
        r"the amount|the difference|the cost|the costs|any|all|it|"
        r"them|those|that|this|£|\$|€|\d)|"
        r"\b(?:charges?|fees?|fines?|penalt(?:y|ies)|interest|money|payments?|amounts?)\s+"
        r"(?:\w+\s+){0,4}?(?:will be|have been|has been|are|were|is being|are being|is|was)\s+"
        r"(?:now\s+|all\s+|fully\s+)?(?:reversed|refunded|cancell?ed|cleared|waived|removed|"
        r"written off|credited|returned|repaid|paid back)\b|"
        r"(?<!feel )(?<!be )(?<!-)(?<!our )(?<!us )(?<!for )\bfree\s+(?!to\b|from\b|up\b|time\b|"
        r"number\b|phone\b|call\b|parking\b|plan\b|tier\b|version\b|account\b|wi-?fi\b|app\b|"
        r"on\b|of (?:errors|bugs|charge)\b|\w+ (?:over|above|on orders|for orders)\b)\w+",
        negatable=True,
        unless=r"\b(?:demand\w*|ask(?:ed|ing)? (?:us )?for|request\w*) (?:a |an )?"
        r"(?:refund|credit|replacement)",
    ),
    Cue(
        "impact",
        r"\b(?:you|your (?:\w+\s+){0,2}?\w+|many of your \w+)\s+would have (?:seen|been|had|lost|"
        r"missed|needed|found|got)\b|\bsorry (?:that )?you(?:'ve| have| had| were)? "
        r"(?!feel|think|are|have to|need|may|might)\w+|"
        r"\byou (?:didn't|did not|never|weren't|wasn't|couldn't) (?:get|find|receive|hear|see|"
        r"know|make|manage|reach|arrive)\b|"
        r"\byou (?:shouldn't|should not|should never) have (?:had to|needed to|been)\b|"
        r"\b(?:that|this|it|which) (?:meant|means|left|kept|put|cost|took|forced|stopped|"
        r"prevented|caused) (?:\S+ ){0,4}?(?:you|your)\b|"
        r"\b(?:many|some|several|all|most|those|each|every one|one|none|a few) of you\s+"
        r"(?:\w+\s+)?(?:were|had|lost|saw|couldn't|could not|missed|have|"
        rf"{PAID_OVER}|told|thought|"
        r"received|got|had to|spent|waited|turned|rebuilt|recreated)\b",
        unless=BELITTLED + r"|\b(?:if|had) you\b|" + CUSTOMER_OWN_DOING + "|" + CAUSED_FEELING,
    ),
    # What it meant, told through the people and things it reached: "that meant invoices sat
    # undelivered", "the last thing you needed", "your family ended up with", "you've been
    # paying more", "your sales are down".
    Cue(
        "impact",
        r"\b(?:that|this|which|it) (?:meant|means|has meant) (?:that )?(?!we\b|i\b|our\b|the fix\b)"
        r"(?:[\w',-]+ ){1,8}?(?:can't|cannot|couldn't|could not|weren't able|were unable|had to|"
        r"have had to|lost|missed|sat|were left|went (?:out|unpaid|unanswered|undelivered))\b|"
        r"\bthe last thing (?:you|your \w+) (?:needed|need|wanted|want)\b|"
        r"\b(?:you|your (?:[\w-]+ ){1,3}?)(?:have |has |had |'ve )?ended up (?:with|without|"
        r"paying|waiting|missing|having|spending|going)\b|"
        r"\byou(?:'ve| have)? been paying (?:\w+ )?(?:more|higher|extra|too much|over|double|"
        r"twice)\b|"
        r"\byour (?:[\w-]+ ){0,2}?(?:sales|sessions|traffic|revenue|takings|orders|bookings|"
        r"sign-?ups|conversions|visitors|income|rankings?) (?:are|were|have|has|had)(?: been)? "
        r"(?:\w+ )?(?:down|dropped|fallen|fell|halved)\b",
        unless=BELITTLED + r"|\b(?:if|had) you\b|" + CUSTOMER_OWN_DOING,
    ),
    Cue(
        "impact",
        r"\bwithout (?:\w+ ){0,2}?(?:heating|heat|hot water|power|electricity|water|food|internet|"
        r"broadband|phone|signal|email|access|pay|wages|money|income|being able)\b|"
        r"\b(?:unsettling|distressing|alarming|frightening|scary|worrying|stressful|"
        r"upsetting|a lot to)\b",
        needs=r"\b(?:you|your|families|homes|households)\b",
        unless=BELITTLED,
    ),
    Cue(
        "responsibility",
        r"\b(?:ours|mine) to (?:own|fix|answer for|put right)\b|"
        r"\b(?:we|i) (?:messed|mucked|screwed|fouled|stuffed|cocked|slipped) (?:\w+ )?up\b|"
        r"\b(?:we|i) (?:lost|broke|damaged|dropped|mislaid|misplaced|forgot|missed|overlooked|"
        r"skipped|misread|mistyped|mislabell?ed|misrouted|mis-sent|overcharged|double[- ]charged|"
        r"double[- ]booked|overbooked|oversold|underpaid|misquoted|mixed) (?:it|them|that|this|"
        r"your|the)\b|"
        r"\b(?:fault|error|problem|failure|mistake|slip|bug) (?:on|at) our (?:side|end|part)\b",
        negatable=True,
        unless=REPORTED,
    ),
    Cue(
        "remedy",
        r"(?:£|\$|€)\s?\d[\d,.]* (?:\w+ ){0,2}?(?:went|goes|is going|was|were|has gone|have gone|"
        r"has been|have been|will go|will be|is being) (?:back|returned|refunded|paid back|"
        r"credited|repaid)\b|\bback (?:to|into|onto) your (?:\w+ )?(?:card|bank|wallet)\b",
        negatable=True,
    ),
    Cue(
        "responsibility",
        r"\b(?:we|i) (?:approved|signed off|deployed|shipped|released|pushed|made|ran|applied|"
        r"wrote|set up|scheduled|started|configured) (?:the|a|an|this|that) (?:\w+ ){0,2}?"
        r"(?:change|update|release|deploy\w*|config\w*|setting|script|migration|job|rule|"
        r"import|upgrade|decision) (?:that|which) (?:\w+ )?(?:caused|broke|took|led|triggered|"
        r"deleted|sent|stopped|removed|charged|overwrote|wiped|failed)\b|"
        r"\bour (?:\w+ ){0,2}?(?:team|staff|engineers?|people|agents?|colleagues?|developers?) "
        r"(?:\w+ )?made (?:a|an|the|two|several|some) (?:\w+ )?(?:mistakes?|errors?|slips?)\b",
        negatable=True,
        unless=REPORTED,
    ),
    Cue(
        "impact",
        r"\b(?:this|that|it) (?:meant|means|has meant) (?:\w+ing|no|losing|missing|hours|days)\b",
        needs=r"\b(?:you|your)\b",
        unless=BELITTLED,
    ),
    # Further phrasings of each element, from the ways people write in many kinds of business:
    # what a failure cost the reader, what is already done, and what is offered.
    Cue(
        "impact",
        r"\bif you (?:had|were|tried|came|called|went|needed|planned|booked|ordered|arrived|"
        r"sent|logged in|signed in|relied|counted|used|rang|phoned|turned up|saved|uploaded|"
        r"edited|created|placed|submitted|paid|bought|made|changed|visited|ran|hosted)\b"
        r"[^.!?\n]{0,90}?"
        r"\b(?:(?:won't|will not|can't|cannot|didn't|did not|doesn't|does not) (?:yet )?"
        r"(?:show|see|appear|load|open|work|arrive|sync|reach|receive|be able)\b(?![^.!?\n]*"
        r"\bagain\b)|couldn't|could not|weren't able|were unable|missed|lost|had to|"
        r"stopped (?:responding|working|saving|loading|syncing)|got (?:no|an? "
        r"error|nothing)|saw|were told|were turned away|found|gave up|we(?:'re| are) sorry|"
        r"sorry)\b|"
        r"\bif you were (?:waiting|expecting|relying|counting|planning|hoping)\b",
        unless=r"\bif you (?:still|ever|now)\b|\bplease\b",
    ),
    Cue(
        "impact",
        r"\bleft (?:you|your (?:\w+ ){0,2}?\w+) (?:short|overdrawn|empty|in the red|out of pocket|"
        r"without|stranded|waiting|unable|with(?:out)? (?:no|nothing))\b|"
        r"\b(?:you|your (?:\w+\s+){0,2}?\w+) (?:were|was|has been|have been|is|are|'ve been|"
        r"'s been) (?:each |all )?(?:short|left short|"
        r"underpaid|out of pocket|overdrawn)\b|"
        r"\byou (?:went out|ended up|had three|had two|had several|had a queue|sat|queued|stood|"
        r"drove|walked|rearranged|took (?:a|an|the) (?:day|morning|afternoon|"
        r"evening))\b|"
        r"\byou(?:'ve| have)? had (?:the|a|all the) (?:\w+ )?(?:worry|stress|hassle|trouble|"
        r"bother|expense|cost|inconvenience|embarrassment|upset) of\b|"
        r"\byou had (?:\w+ ){0,3}?(?:customers|clients|couples|guests|patients|members|visitors|"
        r"people|callers|staff|employees|parents|students|buyers) (?:trying|waiting|calling|"
        r"asking|phoning|turning up|complaining|chasing|queuing|queueing)\b|"
        r"\b(?:took|taken|sucked) the (?:joy|fun|shine|pleasure) out of\b|"
        r"\b(?:emails?|messages?|orders?|calls?|bookings?|payments?|parcels?|post|mail|"
        r"enquiries|requests) (?:sent|addressed|made|placed|coming|going) (?:to|by|for) "
        r"(?:you|your)\b[^.!?\n]{0,60}\b(?:was|were|got|went) (?:\w+ )?(?:held|lost|delayed|"
        r"bounced|returned|rejected|late|dropped|stuck|missing|unanswered)\b|"
        r"\b(?:you(?:'ll| will)?|anything you \w+(?: \w+)?) (?:will )?(?:need|have) to (?:redo|"
        r"re-enter|re-do|do (?:it )?again|start again|recreate|re-create|repeat|re-upload|"
        r"upload (?:\w+ )?again|resubmit|rebook)\b|\bwill need (?:re-?)?doing again\b|"
        r"\byour (?:\w+(?:'s)? ){1,3}?(?:returned|showed|displayed|gave|served) (?:an? |only )?"
        r"(?:errors?|error pages?|blank|empty|nothing|the wrong|wrong)\b|"
        r"\b(?:anyone|everyone|visitors|customers|people|those|callers|members|patients) who "
        r"(?:\w+ ){0,3}?(?:visited|tried|called|came|ordered|logged in|signed in|opened|"
        r"checked out|went|rang|phoned|booked|turned up|clicked|tapped|searched)\b[^.!?\n]{0,60}"
        r"\b(?:saw|got|received|landed on|ended up|were taken to|"
        r"couldn't|could not|had to|were (?:told|turned|sent|charged|shown))\b|"
        r"\b(?:must have been|must've been|will have been|was) (?:a |an )?(?:real |very |"
        r"horrible |nasty |unpleasant |awful |stressful |worrying )?(?:shock|blow|surprise|"
        r"headache|worry|ordeal)\b",
        negatable=True,
        needs=r"\b(?:you|your|yours)\b",
        unless=BELITTLED,
    ),
    Cue(
        "fix_done",
        rf"\b{WE}(?:'ve| have)\s+(?:\w+ly\s+|now\s+|since\s+|already\s+|also\s+|then\s+|"
        rf"just\s+)*(?:asked (?!you\b)(?:\w+ ){{0,4}}?to|paid{NOT_A_GIFT}|sent|opened|collected|"
        r"picked up|retrieved|waived|ordered|arranged|hired|assigned|delivered|"
        rf"dispatched|posted|returned|written to|given|added{NOT_A_GIFT}|unblocked|lifted|"
        r"cleared|brought in|"
        r"got|taken (?:down|off|out|back)|handed|freed|put (?:\w+ ){0,3}?on|sourced)\b",
        negatable=True,
        unless=HEDGED + r"|\b(?:wrong|wrongly|incorrect\w*|by mistake|in error|instead of|twice|"
        r"double|too (?:early|late)|without|once|as soon as|when|after|until|before|if)\b",
    ),
    Cue(
        "fix_done",
        rf"\b{WE}\s+(?:\w+ly\s+|then\s+|also\s+|now\s+)?(?:asked (?:\w+ ){{0,4}}?to|collected|"
        r"picked up|retrieved|extended|waived|unblocked|reinstated|reopened|re-opened|rebooked|"
        r"opened (?:a|an) (?:second|extra|new|another|spare)|sent (?:\w+ )?(?:a |an |the )?"
        r"(?:replacement|new|corrected|correct|right|spare|second|fresh)|ran (?:\w+ ){0,3}?again|"
        r"did (?:\w+ ){0,3}?again|(?:sent|did send) (?:\w+ ){1,4}?(?:vans?|drivers?|engineers?|"
        r"technicians?|plumbers?|electricians?|fitters?|roofers?|locksmiths?|adjusters?|staff|"
        r"people|someone|help|a crew|crews))\b|"
        r"\b(?:corrected|new|replacement|revised|right|correct|amended|fixed|fresh|updated)\s+"
        r"(?:\w+\s+){0,3}?(?:went out|has gone out|have gone out|left|is on its way|are on their "
        r"way|was dispatched|were dispatched|was posted|were posted|arrived)\b|"
        r"\bleft (?:our|the) (?:warehouse|depot|workshop|office|shop|store|kitchen|factory) "
        r"(?:today|this morning|this afternoon|yesterday|tonight|at)\b|"
        r"\b(?:it's|it is|they're|they are|that's|that is|this is|everything is|all is|"
        r"is|are)\s+(?:all\s+)?(?:correct|right|fixed|accurate|up to date|sorted|working|open|"
        r"live|back|fine|normal)\s+(?:again\s+)?now\b|"
        r"\b(?:is|are|'s|'re) now (?:correct|accurate|up to date|right|sorted|open|live|fine|"
        r"normal|reachable|available)\b|"
        r"\b(?:we(?:'re| are)|i(?:'m| am)) (?:now |currently |already )?re-\w+ing\b|"
        r"\b(?:we(?:'re| are)|i(?:'m| am)) (?:now |currently |already )?(?:\w+ing (?:\w+ ){0,3}?"
        r"and )?(?:are )?now (?:giving|seeing|taking|serving|answering|sending|shipping|"
        r"delivering|running|processing|accepting|paying|booking|loading)\b",
        negatable=True,
        # "The developers say it's fixed" is hearsay, as generic as "resolved".
        unless=HEDGED + r"|\b(?:wrong|wrongly|incorrect\w*|by mistake|in error|instead of|twice|"
        r"will|going to|once|if|when|says?|said|tells? me|told me)\b",
    ),
    Cue(
        "remedy",
        r"\bpay(?:ing)? (?:\w+ )?back\b|\bnot charg(?:e|ing) (?:you|your|anyone|for)\b|"
        r"\b(?:we|i)(?:'ll| will| would| can| are going to| shall|'re going to)?\s+(?:also\s+)?"
        r"(?:pay|cover|refund|reimburse|repay|return)\s+(?:you\s+)?(?:the\s+)?(?:full\s+|whole\s+|"
        r"entire\s+|declared\s+|original\s+|total\s+|"
        r"purchase\s+)*(?:[£$€]\s?\d[\d,.]*\s+)?(?:amount|value|cost|costs|"
        r"price|fare|fares|fee|fees|difference|bill|postage|shipping|deposit|deposits|"
        r"ticket price)\b|"
        r"\b(?:deposits?|tickets?|fares?|costs?|subscriptions?|balances?|booking fees?|"
        r"postage|delivery (?:charges?|fees?))\s+(?:\w+\s+){0,3}?(?:will be|have been|has been|"
        r"are being|is being|are|were|was)\s+(?:now\s+|all\s+|fully\s+)?(?:returned|refunded|"
        r"repaid|reimbursed|waived|cancell?ed|written off|credited|paid back)\b",
        negatable=True,
        unless=r"\b(?:demand\w*|ask(?:ed|ing)? (?:us )?for|request\w*) (?:a |an )?"
        r"(?:refund|credit|replacement)",
    ),
    Cue(
        "next_steps_with_time",
        r"\bshould (?!have\b)(?:show|arrive|reach|appear|land|clear|see|receive|get|hear|"
        r"be (?:with|in|on|back|restored|fixed|ready|available|visible|working|updated|"
        r"credited|refunded|delivered))\b|"
        r"\bfor (?:a|the) new (?:appointment|date|slot|time|booking|visit|delivery|session|"
        r"class)\b|\bwill (?:be )?(?:run|held|go ahead|take place|reopen|re-open|restart)\b",
        needs=AHEAD,
    ),
    Cue(
        "impact",
        r"\b(?:you(?:'d|'ve|'ll)?|you and (?:\w+ ){1,3}?|"
        r"your (?:(?!not\b|never\b)\w+ ){0,2}?(?!not\b|never\b)\w+|"
        r"(?:he|she|they))\s+"
        r"(?:(?!not\b|never\b|no\b)[\w']+,?\s+){0,3}?(?<!n't )"
        r"(?:(?:could not|couldn't)(?! be\b)|could only|were unable|was unable|weren't able|"
        r"wasn't able|"
        r"were not able|was not able|had to|have had to|'ve had to|lost|missed|wasted|"
        r"were turned away|was turned away|were told|was told|were left|was left|went without|"
        r"had no|got no|were stuck|was stuck|were locked out|gave up|queued|waited|sat through|"
        r"(?:had |'d )?(?:driven|travelled|traveled|come|walked) (?:\w+ )?(?:all the way|"
        r"\w+ (?:miles|minutes|hours|km)|in|over|out|here|back)|(?:had |'d )?taken (?:the|a) "
        r"(?:\w+ )?(?:day|morning|afternoon|evening|time|week) off|took (?:the|a) (?:\w+ )?"
        r"(?:day|morning|afternoon|evening|time|week) off|will have (?:assumed|thought|given up|"
        r"left|missed|lost|seen|been)|(?:have|has|had|'ve) been (?:without|unable|stuck|waiting))"
        r"\b|\bnothing you could\b",
        negatable=True,
        needs=r"\b(?:you|your|yours)\b",
        unless=BELITTLED + "|" + HELP_IF + "|" + CUSTOMER_OWN_DOING,
    ),
    Cue(
        "fix_done",
        r"\b(?:have|has|are|is)\s+(?:\w+\s+){0,3}?ready (?:for you|at|now|to collect|for "
        r"collection)\b|\b(?:is|are) in the post\b|"
        r"\b(?:has|have) (?:now |since |already )?been (?!(?:reported|received|reviewed|requested|"
        r"related|required|reduced|recorded|registered|reached|referred|rejected|remediated|"
        r"reassessed|re-?evaluated|reconsidered|raised|reiterated|reassured|returned to "
        r"sender|resolved|realised|realized)\b)re-?[a-z]{3,}ed\b|"
        r"\b(?:has|have) (?:now |since |already )?been (?:added|rescheduled|rebooked|renewed|"
        r"redeployed|unblocked|unlocked|"
        r"reconnected|switched back|put right|sorted|cleared|lifted)\b|"
        r"\b(?:we|i) (?:\w+ly )?(?:submitted|filed|paid|processed|issued|posted|delivered|"
        r"returned) (?:your|the) (?:\w+ ){0,2}?(?:on \d|at \d|today|this morning|this afternoon|"
        r"yesterday|last night)",
        negatable=True,
        unless=HEDGED + r"|\b(?:wrong|wrongly|incorrect\w*|by mistake|in error|instead of|twice|"
        r"late|after the|deadline|too (?:early|late)|will|once|if|when)\b",
    ),
    Cue(
        "remedy",
        r"\bno (?:late |extra |additional |admin |cancellation |change |delivery |rebooking |"
        r"booking |call-out )?(?:fees?|charges?)\b|"
        r"\b(?:we|i)(?:'ve| have| will|'ll)? (?:also )?(?:cancell?ed|waived|removed|reversed|wiped|"
        r"written off|cleared|refunded|dropped|scrapped) (?:\w+ ){0,3}?(?:fines?|fees?|charges?|"
        r"invoices?|bills?|"
        r"penalt(?:y|ies)|interest|costs?|surcharges?)\b|"
        r"\b(?:a|your) (?:new|replacement|fresh|spare) (?:\w+ ){0,2}?(?:is|are|will be|has been|"
        r"have been|was) (?:\w+ )?(?:enclosed|in the post|sent|posted|dispatched|delivered|"
        r"on (?:its|their|the) way|with you|ready)\b|"
        r"\b(?:deadline|due date|trial|subscription|membership|warranty|booking|offer|pass|"
        r"cover|access)s? (?:(?!not\b|never\b)\w+ ){0,3}?(?:is |are |has been |have been |"
        r"will be )?(?:extended|"
        r"pushed back|moved back)\b|"
        r"\b(?:taken|take|taking|knocked|knock|knocking|deducted|deduct)\s+(?:£|\$|€)?\s?\d[\d.,]*"
        r"\s*(?:%\s*)?"
        r"(?:\w+ )?off\b|"
        r"\b(?:taking|taken|take|knocking|knocked) (?:[\w£$€.,'-]+ ){0,3}?(?:fee|fees|price|cost|"
        r"charge|rent|amount) off\b|"
        r"\b(?:fee|fees|charge|charges|cost|price|bill|rent)s? (?:has|have) (?:now )?been "
        r"(?:taken|knocked|wiped) off\b|"
        r"\b(?:prices?|offer|discount|deal|rate)s? (?:are|is|will be) (?:being )?(?:held|"
        r"honoured|honored|kept)\b|(?:£|\$|€)\s?\d[\d.,]* (?:\w+ )?(?:code|voucher)\b|"
        r"\b(?:keep|keeping|hold|holding|honour|honor|honouring) (?:\w+(?:'s)? )?(?:prices?|"
        r"offer|discount|sale price|deal|rate)\b|"
        r"(?:,|\bis|\bare|\bwill be)\s+(?:all\s+|entirely\s+)?on us\b(?! to\b)",
        negatable=True,
        unless=r"\b(?:that|this|it|which|fault|mistake|error|blame|failure)(?:'s| is| was| one is)?"
        r" (?:all |entirely |squarely |still )?on us\b|\b(?:demand\w*|ask(?:ed|ing)? (?:us )?for|"
        r"request\w*) (?:a |an )?(?:refund|credit|replacement)",
    ),
    Cue(
        "impact",
        r"\byour (?:\w+ ){0,2}?(?:wedding|birthday|party|holiday|trip|event|launch|sale|exam|"
        r"interview|appointment|flight|meeting|deadline|payday|weekend|evening|celebration|"
        r"anniversary|dinner|big day|opening|first day|launch day)s? (?:was|were|got|has been|"
        r"had been) (?:\w+ )?(?:ruined|spoiled|spoilt|disrupted|cut short|derailed|"
        r"overshadowed|marred|wrecked)\b|"
        r"\b(?:on|during) (?:one of )?your (?:\w+ )?(?:busiest|biggest|most important)\b|"
        r"\bwhen you (?:most )?needed (?:it|us|them|the \w+|your \w+)(?: most)?\b|"
        r"\bput you in (?:a|an) (?:\w+ )?(?:position|spot|situation)\b|"
        r"\b(?:damaged|hurt|harmed|affected|dented) your (?:\w+ )?(?:reputation|standing|"
        r"relationship)\b|\byour reputation with\b",
        negatable=True,
        unless=BELITTLED + "|" + HELP_IF,
    ),
    Cue(
        "fix_done",
        r"\b(?:is|are) (?:now |all |again )*(?:fully )?operational(?: again)?\b|"
        r"\b(?:engineers|technicians|the team|our team) (?:\w+ly )?(?:applied|deployed|reverted|"
        r"restarted|restored|replaced|repaired|rolled back|fixed|patched|rebuilt|re-?enabled)\b",
        negatable=True,
        unless=HEDGED + r"|\b(?:will|once|if|when|until)\b",
    ),
    Cue(
        "remedy",
        r"\bbonus (?:points|miles|month|months|credit|data|minutes|nights?)\b|"
        r"\byou (?:won't|will not|don't|do not) (?:have to |need to )?pay (?:anything|for|a penny|"
        r"the)\b|\bat our (?:own )?(?:expense|cost)\b|"
        r"\b(?:added|credited|given you|giving you|adding|crediting|sent|sending) (?:\w+ ){0,2}?"
        r"(?:\d[\d,]* )?(?:extra |bonus |free )?(?:points|miles|tokens|air miles|loyalty points|"
        r"stamps|gems|coins)\b",
        negatable=True,
    ),
    Cue(
        "impact",
        r"\byou(?:'d| would) have (?:seen|been|had|lost|missed|needed|found|got)\b|"
        r"\byou(?:'d| had) (?:\w+ )?(?:planned|arranged|organised|organized|promised|invited|"
        r"counted on|built|designed|set aside|saved)\b|"
        r"\b(?:you'll|you will) have (?:been|seen|had|lost|missed|found|got|waited)\b|"
        r"\byou (?:got|had) (?:only |just |barely )?(?:\w+ )?hours?'? (?:of )?sleep\b|"
        r"\byour (?:\w+ ){0,3}?(?:has been|have been|was|were) (?:seen|shared|exposed|viewed|"
        r"read|opened|accessed|shown|published|leaked|visible|sent) (?:by|to) (?:\w+ ){0,2}?"
        r"(?:other|another|strangers|people|someone|anyone|the public|supporters|customers|"
        r"members|patients|parents)\b|"
        r"\byou (?:went|came|drove|travelled|traveled|walked) (?:to|in|back)\b[^.!?\n]{0,60}"
        r"\b(?:waited|had to|were told|were turned|found|were seen|couldn't|could not)\b",
        negatable=True,
        unless=BELITTLED + "|" + HELP_IF,
    ),
    Cue(
        "fix_done",
        r"\b(?:we|i)(?:'ve| have)? (?:now |already )?(?:started|begun|began) (?:to )?(?:\w+ing|"
        r"roll|restore|revert|fix|send|move|refund|replace|rebuild|repair)\b|"
        rf"\b(?:engineers|technicians|crews|the team|our team|the crew) (?:are|is) (?:now |"
        rf"currently |already )?(?:re-?\w+ing|{REPAIRING})\b",
        negatable=True,
        unless=HEDGED + r"|\b(?:will|once|if|when|until|investigating)\b",
    ),
    Cue(
        "remedy",
        # Gifts counted in a shop's or a game's own currency.
        r"\b(?:find|receive|get|earn|given|giving|add|adding|added|awa"
        r"rd\w*|gift\w*)\s+(?:\w+\s+){0,3}?"
        r"\d[\d,]* (?:bonus |free |extra |reward |loyalty )?(?:points|miles|gems|coins|tokens|"
        r"stamps|diamonds)\b|\b\d[\d,]* (?:bonus|free|extra) (?:points|miles|gems|coins|tokens)\b|"
        # Money put back on the account, not only on the card.
        r"\b(?:put|paid|placed|added|popped|credited)\s+(?:£|\$|€)\s?\d[\d.,]*\s+(?:back\s+)?"
        r"(?:on|into|onto|in|to)\s+your\s+(?:account|card|balance|wallet|bill)\b|"
        r"(?:\b(?:money|amount|sum|difference)|(?:£|\$|€)\s?\d[\d.,]*)\s+("
        r"?:\w+\s+){0,2}?back (?:on|onto|"
        r"into|in|to) your (?:account|balance|wallet|bill|statement|card)\b|"
        # A bill, fee or charge taken off.
        r"\b(?:taken|took|take|knocked|wiped|struck)\s+(?:the\s+|your\s+|that\s+|this\s+)?"
        r"(?:whole\s+|full\s+|entire\s+)?(?:bill|fee|charge|cost|meal|fine|price)\s+off\b|"
        r"\b(?:i|we)(?:'ve| have)? (?:taken|took|knocked|wiped) (?:it|that|them) off\b"
        r"(?! (?:the|our) (?:site|shelf|shelves|website|list|market|menu|air|line|road))|"
        # Paying for something on the customer's behalf, and what breach notices offer.
        r"\b(?:we|i)(?:'re| are| will be|'ll be) (?:also )?(?:paying|covering) (?:for )?(?:the |"
        r"your |any |all |two |one |a |\d)|\b(?:credit|identity) (?:monitoring|protection)\b|"
        # What we give, free: "next week's lessons are free", "your breakfasts are on us".
        r"\b(?:(?:your|next|the next|these|those|both)\s+(?:[\w']+\s+){0,3}?|(?:this|today's|"
        r"tonight's)\s+(?:[\w']+\s+){1,3}?)(?:is|are|will be)\s+"
        r"(?:also\s+)?(?:free|free of charge|complimentary)\b(?!\s+(?:to|from|for you to)\b)|"
        r"\b(?!(?:this|that|it|which|one|fault|error|blame|mistake|failure|responsibility|"
        r"problem|delay|outage)\b)[a-z]+ (?:is|are|will be) (?:also |all )?on us\b(?! to\b)|"
        r",\s*(?:and\s+)?(?:entirely\s+|all\s+)?on us\s*[.!;]|"
        r"\b(?:dinner|lunch|breakfast|meal|drinks?|coffee|night|stay|round|dessert|taxi|delivery|"
        r"postage|repair|visit|tickets?)s? (?:\w+ )?on us\b|"
        # A charge that will not be taken.
        r"\b(?:charges?|fees?|payments?|costs?|direct debits?)\b[^.!?\n]{0,40}\b(?:will not|won't|"
        r"will no longer) be (?:taken|collected|debited|deducted|charged)\b|"
        # A service raised for them for a while to make up for it.
        r"\b(?:upgraded you|moved (?:you|your account) to|given you|giving you) (?:\w+ ){0,2}?"
        r"(?:priority|premium|business|suite|first class|business class|vip)\b|"
        r"\b(?:get|give you|given|giving you|have|enjoy|receive) (?:fr"
        r"ee )?priority (?:support|access|"
        r"booking|service|handling|slots?|appointments?)\b|"
        # A new one sent, more of what they pay for, their money coming back, a gift to say sorry.
        r"\b(?:sent|shipped|posted|dispatched|couriered)\s+(?:you\s+)?(?:a|an)\s+(?:new|"
        r"replacement|fresh|spare)\b(?! (?:link|password|invoice|code|login|bill|statement|"
        r"version|email|update|message|reminder)\b)|"
        r"\b(?:doubled|tripled|increased|boosted|topped up) (?:your|the) (?:\w+ )?(?:allowance|"
        r"data|minutes|storage|quota)\b|"
        r"\b(?:money|payment|deposit|amount|refund) (?:\w+ )?(?:will be|is|should be) back\b|"
        r"\bby way of (?:an )?apology\b|\bas a (?:small )?token of\b",
        negatable=True,
        unless=REMEDY_TALKED_ABOUT + r"|\b(?:lost|expired|missing|deducted|removed) (?:\w+ )?"
        r"(?:points|miles|gems|coins|tokens)\b",
    ),
    # What the failure did to the people on the other side, whoever the sentence is about:
    # nobody could get in, crews were sent away, flats have had no heating, sales not taken.
    Cue(
        "impact",
        r"\b(?:nobody|no one|none of (?:you|your \w+|them))\b(?: [\w']+){0,4}? (?:could|can|"
        r"was able to|were able to|has been able to|have been able to)"
        r"(?! have\b| say\b| tell\b| know\b) \w+|"
        r"\b(?:were|was|got|been|being) (?:\w+ )?(?:locked out|shut out|sent away|sent home|"
        r"turned away|stranded|left stranded)\b|"
        r"\b(?:have|has|'ve) (?:had no|been without) (?:\w+ ){0,2}?(?:heating|heat|hot water|water|"
        r"power|electricity|gas|internet|broadband|phone|signal|lifts?)\b|"
        r"\byou(?:'re| are| were|'ve been| have been) not (?:taking|getting|receiving|making|"
        r"earning) (?:any )?(?:sales|orders|payments|bookings|calls|money|income|enquiries)\b",
        unless=BELITTLED + "|" + HELP_IF + "|" + HEDGED + r"|\b(?:whether|unless)\b",
    ),
    Cue(
        "impact",
        r"\bmade (?:your|it|things|life) (?:\w+ ){0,2}?(?:less (?:useful|usable|valuable)|harder|"
        r"more difficult|more expensive|worse|impossible)\b",
        negatable=True,
        needs=r"\b(?:you|your)\b",
        unless=BELITTLED,
    ),
    # What was done, told in other words: "what we have done is clean it", a corrected copy
    # attached, a part on order, an engineer on site or at work, money now in the account.
    Cue(
        "fix_done",
        r"\bwhat (?:we|i)(?:'ve| have) (?:already )?done is\b|\bwhat (?:we|i) did (?:was|is) "
        r"(?!wrong\b)|"
        r"\b(?:corrected|updated|revised|amended|fixed|correct) (?:\w+ ){0,2}?(?:is |are )?"
        r"(?:attached|enclosed)\b|"
        r"\b(?:engineers?|technicians?|crews?|plumbers?|electricians?|fitters?|contractors?)"
        r"(?: are| is|'s|'re) (?:now |already )?(?:on site|on their way|on the way)\b|"
        r"\b(?:an?|the|our) (?:\w+ )?(?:engineer|technician|plumber|electrician|contractor|"
        r"agency|fitter|installer|supplier|crew) (?:is|are) (?:now |currently |already )?"
        r"(?:fitting|installing|replacing|rolling back|repairing|fixing|rebuilding|restoring|"
        r"re-?\w+ing)\b|"
        r"\b(?:it's|it is|they're|they are|is|are|'s) (?:now |already )?(?:back )?(?:in your "
        r"(?:account|bank account|bank|inbox|records?|file)|on your (?:records?|file|dashboard|"
        r"calendar|profile))\b|"
        r"\b(?:was|were) (?:then |now |since )?re-?(?:submitted|sent|issued|processed|delivered|"
        r"booked|scheduled|enabled|opened|connected|loaded|imported|printed|paid|filed|"
        r"installed|built|dispatched|posted|uploaded|published)\b|"
        r"\b(?:your|the|our|a) (?:\w+ )?(?:refund|payment|credit|correction|fix)(?: of \S+)? "
        r"(?:was|were|has been|have been) (?:\w+ly )?(?:issued|sent|made|paid|processed|applied)\b|"
        rf"\b{WE}(?:'ve| have) (?:now |also |today |this morning |since )*(?:pointed|re-?pointed|"
        rf"set (?:\w+ ){{0,2}}?back|texted|paid{NOT_A_GIFT}|put (?:\w+ ){{0,2}}?right)\b",
        negatable=True,
        unless=HEDGED + r"|\b(?:wrong|wrongly|incorrect\w*|by mistake|in error|instead of|twice|"
        r"will|going to|once|if|when|until)\b",
    ),
    # Already ordered, whatever comes after: "repairs have been ordered and it will reopen".
    Cue(
        "fix_done",
        r"\b(?:repairs?|parts?|replacements?|(?:a |the )?new (?:\w+ )?\w+)(?: has been| have been|"
        r" is| are|'s|'re) (?:now |already )?(?:ordered|on order)\b",
        negatable=True,
        unless=HEDGED,
    ),
    # Done in a word or two: "loans are being auto-renewed", "it's been moved", "I've set a
    # reminder for every booking".
    Cue(
        "fix_done",
        r"\b(?:is|are) (?:now |currently |automatically |temporarily )?being (?:auto-?)?"
        rf"(?:{REDONE_AT}|re-?(?:sent|paid|built|run|done|made|written)|extended|refunded|"
        r"credited|waived|paused|moved|redirected|diverted|"
        r"covered|handled manually|processed manually|fixed|repaired|replaced|corrected|"
        r"honou?red)\b|"
        r"\b(?:it|they|that|this|everything|all)(?:'s|'ve| has| have) (?:now |since |already |"
        r"all )?been (?:moved|fixed|replaced|taken down|removed|corrected|put right|"
        r"swapped|put back)\b|"
        rf"\b{WE}{HAVE}\s+(?:\w+ly\s+|now\s+|also\s+|since\s+)*(?:set|put|added|built|switched on|"
        r"turned on) (?:up )?(?:in )?(?:a |an |two |new |extra |second |automatic )?"
        r"(?:[\w-]+ ){0,2}?(?:reminders?|alerts?|alarms?|checks?|safeguards?|double-checks?|"
        r"warnings?|monitors?|monitoring|backups?)\b",
        negatable=True,
        unless=HEDGED + r"|\b(?:wrong\w*|incorrect\w*|twice|by mistake|in error|instead of|will|"
        r"once|if|when|until)\b",
    ),
    # Done or under way, in words the lists above miss: work started again ("automations
    # started running again at 15:00"), a place held for them, more hands sent, a repair asked
    # of whoever can make it, staff on hand helping, another firm putting money back, a
    # repair done "straight away".
    Cue(
        "fix_done",
        r"\b(?:started|began|is|are|was|were|'s|'re) (?:now )?(?:running|working|sending|loading|"
        r"syncing|flowing|arriving|processing|accepting|publishing|posting|delivering|operating|"
        r"moving|trading|taking (?:orders|payments|calls|bookings)) (?:normally )?again\b|"
        r"\b(?:services?|sailings?|trains?|flights?|deliveries|collections?|payments?|orders?|"
        r"sync\w*|uploads?|emails?|texts?|reminders?|automations?|jobs?|it|they) (?:\w+ )?"
        r"resumed (?:at|on|by|from|shortly after) \d|"
        rf"\b{WE}{HAVE} (?:\w+ly )?(?:held|reserved|saved|kept|set aside|put aside|pencill?ed in|"
        r"found) (?:you )?(?:a|an|two|three|your|the|another|\d+) (?:\w+ )?(?:slots?|places?|"
        r"seats?|tables?|rooms?|appointments?|spots?|spaces?|tickets?|courts?|beds?|times?) "
        r"(?:for you|on|at|with)\b|"
        r"\b(?:additional|extra|more|spare|relief) (?:\w+ )?(?:staff|engineers|crews?|buses|"
        r"coaches|vans|drivers|trains|carriages|stewards|people|agents|hands) (?:were|was|"
        r"have been|has been|are being|is being) (?:\w+ly )?(?:sent|brought in|added|laid on|"
        r"deployed|put on|drafted in|called in)\b|"
        rf"\b{WE}{HAVE} (?:\w+ly )?(?:sent|brought in|laid on|put on|drafted in|called in) "
        r"(?:\w+ )?(?:additional|extra|more|spare|relief)\b|"
        rf"\b{WE}{HAVE} (?:now |already |also )?(?:requested|raised|logged|put in) (?:a|an|the) "
        r"(?:[\w-]+ ){0,3}?(?:reset|swap|repair|replacement|re-?\w+)\b|"
        r"\b(?:our|the) (?:\w+ )?(?:staff|team|stewards|crews?|volunteers|people|agents) "
        r"(?:[\w']+ ){0,4}?(?:are|is) (?:now |currently |already |on hand )?(?:helping|assisting|"
        r"handing out|directing|guiding|rebooking|re-?routing|arranging)\b|"
        r"\bthe (?:bank|card issuer|card provider|payment provider|supplier|courier|carrier|"
        r"insurer|manufacturer|registrar|provider) (?:has |have )?(?:now |already |also )?"
        r"(?:returned|reversed|refunded|re-?credited|cancell?ed|re-?sent|replaced|repaired|"
        r"restored|fixed)\b|"
        rf"\b{WE}{HAVE} (?:\w+ )?(?:{REPAIRED}|cleaned|sorted|changed|swapped|treated|dressed|"
        r"bathed|patched up|sealed|tightened|re-?fitted) (?:it|them|that|this|the \w+|your \w+) "
        r"(?:straight away|immediately|at once|right away|there and then|on the spot|"
        r"the same day)\b",
        negatable=True,
        unless=HEDGED + r"|\b(?:will|once|if|until|unless|expected|planned|eta)\b",
    ),
    # Done, told in a report's own shapes: a bullet under "what we've done" that starts with
    # the verb, a release that "fixes the crash", a change that went live, people moved to a
    # replacement, a replacement service running, payments released on a date, a refund the
    # customer has received, engineers who brought it back.
    Cue(
        "fix_done",
        rf"(?m:^[ \t]*[-\u2022*\u2013][ \t]+)(?:{REPAIRED_PASSIVE}|emailed|added|installed|moved|"
        r"contacted|blocked|disabled|fixes|restores|repairs|corrects|reverts|replaces)\b|"
        r"\b(?:this|the (?:new|latest)|today's) (?:version|update|release|patch|build|hotfix)"
        r"(?: [\d.]+)? (?:fixes|restores|repairs|corrects|removes)\b|"
        r"\b(?:this|the (?:fix|change|patch|update|new \w+)) went live (?:on|at)\b|"
        r"\b(?:were|was|have been|has been) (?:\w+ )?(?:transferred|moved|rebooked|switched|put) "
        r"(?:on)?to (?:a |an |the )?(?:replacement|alternative|another|different|later)\b|"
        r"\breplacement (?:buses|coaches|trains|vehicles|services?|cars|taxis|flights?) (?:are|is|"
        r"have been|has been|were|was) (?:now )?(?:running|operating|laid on|in place|on hand|"
        r"arranged|provided)\b|"
        r"\b(?:payments?|refunds?|funds|money|wages|salaries|credits?) (?:were|was|have been|"
        r"has been) (?:now )?(?:released|issued|credited|re-?sent|re-?issued) (?:on|by|at) "
        r"(?:\w+ )?\d|"
        r"\b(?:has|have) (?:now |already )?(?:received|been given|been sent) (?:a |an |their |her |"
        r"his |your )?(?:full )?(?:refund|replacement|credit)\b|"
        r"\b(?:engineers|technicians|crews) (?:\w+ly )?(?:brought|put) (?:[\w-]+ ){1,3}?back\b",
        negatable=True,
        unless=HEDGED + r"|\b(?:wrong|wrongly|incorrect\w*|by mistake|in error|instead of|twice|"
        r"without|broke|caused|will|once|if|when|until)\b",
    ),
    # Done, told through the thing rather than the team: a patch or a fixed version that is out,
    # a feature that now works correctly, a service sending on time since a clock time, the
    # corrected copies on the press, a part being fitted now, new ones made, the missed form
    # filed at last.
    Cue(
        "fix_done",
        # A version number, or a bare "update", counts when the fix is named in its sentence.
        r"\b(?:patch|hotfix|fix|(?=(?:[^.!?\n]|\.(?=\w)){0,160}?\bfix)(?:version|update|release|"
        r"build|v?\d+\.\d+))"
        r"(?:[ .][\w.]+)?(?:,[^,.!?\n]{1,80},)? (?:is|are|went|has gone|have gone|was|were) "
        r"(?:now )?(?:out|live|released|shipped|rolled out)\b|"
        r"\bnow (?:displays?|shows?|loads?|works?|syncs?|calculates?|sends?|prints?|opens?|runs?|"
        r"appears?|arrives?|updates?|counts?|connects?|matches?) (?:correctly|properly|normally|"
        r"on time|again|as (?:expected|intended|it should))\b|"
        r"\b(?:has|have) been \w+ing (?:\w+ )?(?:normally|on time|correctly|properly|as normal|"
        r"without (?:errors?|problems?|issues?)) since\b|"
        r"\b(?:corrected|replacement|reprinted|redone) (?:[\w-]+ ){0,2}?(?:went|go|are|is|were|"
        r"was|has gone|have gone) (?:on (?:the )?press|to (?:the )?printers?|in(?:to)? the post)\b|"
        r"\b(?:is|are) (?:now )?(?:fitting|installing|replacing|repairing|fixing|refitting) (?:it|"
        r"them|the [\w-]+|your [\w-]+|a new [\w-]+) (?:now|as we speak|right now|this (?:morning|"
        r"afternoon))\b|"
        r"\b(?:we|i)(?:'ve| have) (?:now |also |already )?(?:cut|printed|baked|built|sewn|ordered|"
        r"fitted) (?:you )?(?:a |an |two |three |\d+ )?(?:new|fresh|replacement|corrected)\b|"
        r"\b(?:we|i)(?:'ve| have) now (?:submitted|filed|lodged)\b",
        negatable=True,
        unless=HEDGED + r"|\b(?:if|once|until|unless|should|hope|expect\w*|broke|caused|"
        r"introduced|triggered)\b",
    ),
    # A status line's clipped "power reconnected 07:15" ("the server rebooted at 03:12" is
    # the failure). The look ahead for the time keeps the scan cheap, since the verb alone has
    # no literal to be found by.
    Cue(
        "fix_done",
        r"\b(?=[a-z-]+ \d{1,2}[:.]\d{2}\b)"
        rf"(?:{REPAIRED_PASSIVE}|{REDONE_AT}) \d{{1,2}}[:.]\d{{2}}\b",
        negatable=True,
        unless=HEDGED + r"|\b(?:will|once|if|when|until|expected|planned|eta)\b",
    ),
    # What it left them in, told in other words: "left you guessing", "the picture was blurry
    # for you", "fans like yourself couldn't get through".
    Cue(
        "impact",
        r"\b(?:leaving|left|kept|keeping|had) you (?:guessing|wondering|in the dark|waiting|"
        r"worrying|unsure|stuck|stranded|out of pocket|chasing|hanging)\b|"
        r"\b(?:was|were|is|are|went|turned) (?:\w+ )?(?:blurry|cold|noisy|unusable|unreadable|"
        r"unwatchable|inaudible|ruined|spoil(?:ed|t)|unsafe|uncomfortable|freezing|useless|"
        r"chaotic|miserable) for (?:you|your|both of you)\b|"
        r"\b\w+ (?:like|including|such as) you(?:rself|rselves)?,? (?:\w+ )?(?:could not|"
        r"couldn't|were unable|weren't able|missed|lost|had to|were left|were turned away|"
        r"didn't get|did not get|never got)\b",
        negatable=True,
        unless=BELITTLED + "|" + HELP_IF + r"|\b(?:if|unless)\b",
    ),
    # What their own people will have met, even told as likely, and what of theirs is now
    # someone else's: "your staff may have seen payments bounce", "if you installed it, your
    # keys are in someone else's hands".
    Cue(
        "impact",
        rf"\b{YOUR_PEOPLE}(?: \w+)? (?:may|might|will|would|could) have (?:seen|had|lost|missed|"
        r"found|got|waited|been (?:left|charged|hit|turned away|unable|stuck|without))\b|"
        r"\b(?:in|into) (?:someone else's|somebody else's|the wrong|other people's|strangers'|"
        r"criminals'|a stranger's) hands\b",
        negatable=True,
        needs=r"\b(?:you|your)\b",
        unless=BELITTLED + "|" + HELP_IF,
    ),
    # The harm itself named in a few words, as what the failure cost them: "sorry for the
    # missed connections this has caused", "the lost sales it meant", "your broken night".
    Cue(
        "impact",
        rf"\b{HARMED} (?:\w+ )?{HARM} (?:that )?(?:this|it|which) (?:has |have |will have )?"
        r"(?:caused|meant|cost)\b|"
        rf"\b(?:sorry|apologi[sz]e\w*|apolog(?:y|ies)) (?:\w+ ){{0,3}}?for (?:the|your|all the|"
        rf"those) {HARMED} (?:\w+ )?{HARM}\b|"
        rf"\byour {HARMED} (?:night|evening|day|weekend|morning|afternoon|sleep|trip|journey|"
        r"holiday|break|visit|meal|stay|plans|time|hours|sales|income|wages|earnings)\b",
        negatable=True,
        unless=BELITTLED + "|" + HELP_IF + r"|\b(?:if|unless|whether)\b",
    ),
    # What befell their own booking, purse, home or people: "your 6 pm appointment is
    # cancelled", "you were given a £70 penalty charge", "it pushed you into your overdraft",
    # "it let water into the cupboard under your sink", "every guest had to wait outside",
    # "managers spent the morning ringing round", "you were working from home through it".
    Cue(
        "impact",
        r"\byour (?:[\w.:'-]+ ){0,4}?(?:appointments?|bookings?|flights?|class|classes|lessons?|"
        r"sessions?|reservations?|operation|surgery|treatment|consultation|slot|tickets?|table|"
        r"room|court|place|seats?) (?:\w+ ){0,3}?(?:is|was|are|were|has been|have been|had been|"
        r"got) (?:\w+ )?(?:cancell?ed|called off|bumped|given away|double[- ]booked|lost)\b|"
        r"\byou (?:were|have been|'ve been|got|received|had) (?:given |issued |sent |handed |"
        r"charged )?(?:a|an) (?:[£$€]?\d[\d.,]* )?(?:\w+ )?(?:penalty|fine|parking ticket|late fee|"
        r"late payment (?:fee|charge)|overdraft (?:fee|charge)|penalty charge)\b|"
        r"\b(?:pushed|put|tipped|sent|took) (?:\w+ ){0,4}?into (?:your |their |an? |the )?"
        r"(?:overdraft|arrears|the red|debt)\b|"
        r"\b(?:let|leaked|sent|poured|dripped|seeped|pushed) (?:\w+ )?(?:water|damp|sewage|oil) "
        r"(?:into|onto|through|under|over|across|down)\b(?=[^.!?\n]*\byour\b)|"
        r"\b(?:every|each) (?:single )?(?:guest|customer|member|passenger|resident|patient|parent|"
        r"pupil|visitor|diner|household|tenant|one of you) (?:\w+ ){0,2}?(?:had to|was told to|"
        r"was turned away|was sent (?:home|away|out)|was left|lost|missed|waited|queued)\b|"
        r"\ball (?:\w+ )?(?:guests|passengers|residents|patients|visitors|diners|households|"
        r"tenants) (?:\w+ ){0,2}?(?:had to|were told to|were turned away|were sent (?:home|away|"
        r"out)|were left|waited|queued)\b|"
        r"\b(?:managers|staff|employees|receptionists|cashiers|nurses|agents|parents|teachers|"
        r"drivers|members|patients|callers|"
        r"customers|clients|you) (?:\w+ ){0,2}?spent (?:the|a|an|all|most of|half|hours|days|"
        r"\w+ hours|\w+ minutes) (?:\w+ ){0,3}?(?:ringing|calling|chasing|phoning|re-?\w+ing|"
        r"waiting|queu\w+|on hold|on the phone|fixing|trying|sorting|explaining|apologi[sz]ing|"
        r"checking|dealing)\b|"
        r"\byou (?:were|have been|'ve been|had been) \w+ing (?:\w+ ){0,4}?through (?:all (?:of )?)?"
        r"(?:this|it|that)\b",
        negatable=True,
        unless=BELITTLED
        + "|"
        + HELP_IF
        + r"|\b(?:if|unless|whether|at your request|as you asked|you asked|you gave us)\b|"
        # Called off by them, or held up as what we already told them.
        + r"\bby (?:you|phone|email|text|telephone)\b|\bas we (?:\w+ )?told you\b|"
        + r"\bour (?:\w+ )?(?:staff|team|engineers|crews?|people|drivers|managers)\b|\bwe spent\b|"
        # "Your lesson may have been cancelled" does not say it was.
        r"\b(?:may|might|could) have been\b",
    ),
    # What it did to the reader's own people ("your staff went overdrawn", "your customers will
    # think you've closed"), a trip or a wait for nothing, money out of their pocket, or the
    # feeling named ("that must have been frightening").
    Cue(
        "impact",
        r"\byour (?:staff|guests|customers|clients|contacts|employees|team|suppliers|visitors|"
        r"tenants|patients|members|regulars|family|children|kids|users|buyers|readers|"
        r"subscribers)\b[^.!?\n,;]{0,40}\b(?:went (?:home|without|overdrawn)|couldn't|could not|"
        r"can't|cannot|had to|have had to|will think|waited|waiting (?:longer|for)|gave up|were "
        r"hit|were left|were turned away)\b|\bfor nothing\b|\bout of your pocket\b|\bmore than "
        r"you (?:planned|expected|budgeted)\b|\bmust have been (?:a |an |very |so |really )?"
        r"(?:horrible|awful|frightening|upsetting|distressing|stressful|worrying|painful|scary|"
        r"terrible|alarming|confusing|embarrassing|miserable)\b|\bcan only imagine how\b",
        unless=BELITTLED + r"|\bif (?:any of )?your\b|\bbecause (?:they|you)\b",
    ),
    # What it did to the people it reached, told without "you": travellers who had to find
    # their own way, some of them who missed the moment, a day that mattered to them.
    Cue(
        "impact",
        r"\b(?:passengers|travell?ers|commuters|residents|households|tenants|fans|players|riders|"
        r"diners|guests|patients|runners|families|parents|customers|members|visitors|pupils|"
        r"students) (?:\w+ )?(?:had to|were forced to|were left to|were left without|went without)"
        r"\b|\b(?:some|many|several|most|a few|all) of (?:them|those|these) (?:\w+ )?(?:missed|"
        r"lost|"
        r"had to|went without|were turned away|were left)\b|"
        r"\bon (?:a|the|what was|what should have been) (?:\w+ )?day (?:that|which) (?:mattered|"
        r"meant (?:so much|a lot|everything))\b|\bon (?:your|her|his|"
        r"their) (?:[\w']+ )?(?:birthday|"
        r"wedding(?: day)?|anniversary|big day|graduation|first day|special day)\b",
        negatable=True,
        unless=BELITTLED + "|" + HELP_IF + r"|\b(?:if|unless|whether|will|'ll|going to)\b",
    ),
    # What it cost them in time, money and their own things: a journey that takes longer,
    # hours kept on board, a penalty in their name, files gone, their details seen by others,
    # a bin left full, an early start for nothing, a failure at their busy time.
    Cue(
        "impact",
        r"\b(?:journeys?|commutes?|trips?|travel|waits?|drives?) (?:\w+ ){0,2}?(?:take|takes|took|"
        r"taking) (?:[\w-]+ ){0,3}?longer\b|"
        r"\bkept you (?:on|in|at|inside|outside|waiting|for)\b|"
        r"\b(?:issued|issue|issues|given|give|gave|sent|send|handed|fined|charged) you (?:a|an) "
        r"(?:[£$€]?\d[\d.,]* )?(?:[\w-]+ ){0,2}?(?:penalty|fine|late fee|charge notice|parking "
        r"charge)\b|\b(?:penalty|fine|charge notice|penalty notice|parking charge|late fee)s? "
        r"(?:\w+ )?(?:in your name|against you|on your (?:record|file|car|account))\b|"
        r"\byou (?:received|got|were sent|were issued|were given) (?:a|an) (?:[£$€]?\d[\d.,]* )?"
        r"(?:[\w-]+ ){0,2}?(?:charge notice|penalty notice|parking charge|penalty|fine)\b|"
        r"\b(?:files?|photos?|pictures|work|data|documents?|emails?|messages?|notes|recordings?|"
        r"videos?|progress|saves?|edits|entries|records)\b[^.!?\n]{0,50}?\b(?:are|is|were|was) "
        r"(?:now |all |simply |permanently )?gone\b|\bgone for good\b|"
        r"\b(?:others|other (?:\w+ )?(?:recipients|customers|patients|members|users|people|guests|"
        r"clients)|strangers|anyone|everyone) (?:\w+ )?(?:could|can|were able to|was able to|would "
        r"have been able to) (?:see|read|view|open|access) your\b|"
        r"\byour (?:[\w-]+ ){0,2}?(?:has|have) (?:been )?(?:sitting|sat|stood) (?:full|uncollected|"
        r"unused|idle|there|outside|waiting)\b|"
        r"\byou (?:got up|set off|left home|left work) (?:\w+ )?(?:early|specially|at \d)\b|"
        r"\b(?:came|hit|happened|fell|landed|struck) (?:at|on|during|in) (?:a|the|one of (?:the|"
        r"your)) "
        r"(?:\w+ )?(?:busy|busiest|worst|peak|important|critical)\b",
        negatable=True,
        needs=r"\b(?:you|your|yours)\b",
        unless=BELITTLED + "|" + HELP_IF + r"|\b(?:if|unless|whether)\b",
    ),
    # Given in other words: redone "on us", a gift counted in the product's own units, a
    # double-points weekend, a refund promised in the passive (only its own negation counts:
    # "anyone charged without tickets will be refunded").
    Cue(
        "remedy",
        r"\b(?:re-?(?!l[yi]|fl|ma)[a-z]{3,}(?:ing|ed)|redo(?:ing|ne)?|redid|replac\w+|repair\w*|"
        r"fix(?:ing|ed)|send(?:ing)?|deliver\w*|cook\w*|clean\w*|ship\w*|print\w*|post(?:ing|ed)|"
        r"refit\w*) (?:[\w'-]+ ){0,5}?on us\b|"
        r"\b(?:added|credited|gifted|deposited|put|given you|sent you) \d[\d,.]* (?:[a-z-]+ ){1,2}?"
        r"(?:to|into|on|onto|in) your (?:account|stash|wallet|balance|inventory|profile|storage|"
        r"plan)\b|"
        r"\b(?:gets?|receives?|enjoy|earn|have) (?:a |an )?(?:double|triple|bonus|extra|free)[- ]"
        r"(?:\w+[- ])?(?:weekend|day|week|month|xp|points|hour|session|round|drinks?)\b|"
        r"\b(?:will be|are being|is being|have been|has been|were|was|'ll be) (?:\w+ly )?"
        r"refunded\b",
        unless=REMEDY_TALKED_ABOUT + r"|\b(?:not|never|cannot|no longer)\b(?: \w+){0,2} refunded\b|"
        r"\b(?:demand\w*|ask(?:ed|ing)? (?:us )?for|request\w*) (?:a |an )?(?:refund|credit)",
    ),
    # Money on its way back in plain words ("that charge comes back to you automatically", "the
    # bank returned the second £120 to every member"), the customer's own costs met by whoever
    # writes ("the club will also cover any overdraft charge"), and a bill made smaller: a
    # month taken off it, a direct debit reduced, a penalty cancelled. (A duplicate charge
    # voided, or interest owed paid at last, is the error undone rather than something given.)
    Cue(
        "remedy",
        r"\b(?:charge|fee|payment|money|amount|deposit|surcharge|difference|sum|fare|cost)s? "
        r"(?:\w+ ){0,3}?(?:comes?|will come|is coming|are coming|goes|will go|is going|are going|"
        r"came|went|has gone|have gone) (?:straight |automatically |right )?back (?:to you|"
        r"into your|onto your|to your|automatically)\b|"
        r"\breturned (?:the |your |that |this |every |each )?(?:\w+ ){0,2}?(?:£|\$|€)\s?\d[\d,.]* "
        r"(?:\w+ ){0,2}?to (?:you|your|every|each|all)\b|"
        r"\byou(?:'ll| will| should| are going to) (?:\w+ )?get (?:the (?:money|amount|charge|fee|"
        r"difference|deposit|fare)|your (?:money|deposit|fee|payment|fare)|(?:£|\$|€)\s?\d[\d,.]*) "
        r"(?:\w+ )?back\b|"
        r"\b(?:we|i|(?:the|our) (?!customer|client|member|user|tenant|patient)[a-z]+)(?:'ll| will| "
        r"shall| are going to| is going to| would)? (?:also |gladly |happily |fully )?(?:cover|pay|"
        r"meet|reimburse|refund|foot|pick up) (?:for )?(?:any|your|the|all|every|each) "
        r"(?:[\w-]+ ){0,3}?(?:charges?|costs?|fees?|bills?|expenses?|fares?|invoices?|taxis?|"
        r"penalt(?:y|ies)|fines?|surcharges?)\b|"
        r"\b(?:taken|took|knocked|deducted|wiped|struck|taking|knocking) (?:[\w'£$€.,-]+ ){1,3}?"
        r"(?:off your (?:next )?(?:bill|invoice|account|statement|balance|subscription|"
        r"direct debit|rent)|from your (?:next )?(?:bill|invoice|statement|direct debit|rent))\b|"
        r"\b(?:bill|debit|invoice|payment|subscription|fee|charge|price|rent|premium|fare|"
        r"instal?ment)s? (?:has|have|will|is|are|was|were)(?: now| also| already)? (?:been |be |"
        r"being )?(?:reduced|lowered|cut|discounted|halved)\b|\b(?:reduced?|reducing|lower(?:ed|"
        r"ing)?|"
        r"cut(?:ting)?|halv(?:ed|e|ing)|discount(?:ed|ing)?) your (?:\w+ ){0,2}?(?:bill|debit|"
        r"invoice|payment|subscription|fee|rent|"
        r"premium|fare)\b|"
        r"\b(?:penalty|penalties|fines?|charges?|fees?|invoices?|bills?|surcharges?|interest)\b "
        r"(?:\w+ ){0,3}?(?:has|have|will|is|are)(?: now| also| already)? (?:been |be )?"
        r"(?:cancell?ed|waived|written off|withdrawn|scrapped|dropped|reversed)\b",
        negatable=True,
        unless=REMEDY_TALKED_ABOUT,
    ),
    # What we did not, and will not, charge for: "we have not charged you for the first month".
    Cue(
        "remedy",
        r"\b(?:have not|haven't|did not|didn't|will not|won't|are not|aren't|am not|'m not|"
        r"'re not) (?:be )?(?:charg(?:e|ed|ing)|bill(?:ed|ing)?) (?:you |your \w+ )?for "
        r"(?:the|your|this|that|those|these|any|next|\w+'s)\b",
        unless=REMEDY_TALKED_ABOUT,
    ),
    # What they pay, named in their own words and taken off ("a day's line rental off your next
    # bill"), a visit left off the invoice, the extra given free, a class put on again, or our
    # insurance paying for what we broke.
    Cue(
        "remedy",
        r"\b(?:take|taking|taken|knock|knocking|knocked) (?:[\w'\u2019-]+ ){1,4}?(?:rental|"
        r"subscription|rent|membership|fees?|charges?|plan|tuition|fare)s? off\b|"
        r"\b(?:take|taking|taken|knock|knocking|knocked) (?:a|an|one|two|three|\d+) (?:day|week|"
        r"month|year)s?(?:['\u2019]s?)? off (?:[\w'\u2019-]+ ){0,3}?(?:rent|bill|invoice|"
        r"subscription|fees?|price|membership|charges?)\b|"
        r"\b(?:won't|will not|wouldn't|doesn't|does not|shan't) (?:appear|be|show) (?:on|in) "
        r"(?:your|this|the|next) (?:[\w'\u2019]+ ){0,2}?(?:invoice|bill|statement)\b|"
        r"\b(?:the |that |this )?(?:extra|additional|second|make-up|replacement) "
        r"(?:\w+ ){0,2}?(?:is|are|will be) (?:free|on us|at no (?:cost|charge)|free of charge)\b|"
        r"\b(?:put on|arrange|run|hold|give you|book you) (?:a |an )?(?:free )?(?:make-up|makeup|"
        r"catch-up|replacement) (?:class|lesson|session|clean|visit|appointment)\b|"
        # Our insurance, not theirs: "your home insurance may cover it" only points them away.
        r"(?<!your )(?<!your own )(?<!your home )\b(?:our )?(?:insurance|insurers?) (?:covers?|"
        r"will cover|pays? for|will pay for)\b",
        negatable=True,
        unless=REMEDY_TALKED_ABOUT,
    ),
    # Their bill made smaller ("your March fee will be reduced by 25%"), or a credit on its way
    # to their next bill.
    Cue(
        "remedy",
        r"\b(?:your|this|that|the) (?:[\w'\u2019-]+ ){0,3}?(?:fee|bill|invoice|subscription|"
        r"rent|rental|premium|membership|fare|tuition|price)s? (?:[\w'\u2019-]+ ){0,3}?(?:will be|"
        r"has been|have been|is being|are being|is|are|was|were) (?:now |also |automatically )?"
        r"(?:reduced|cut|lowered|discounted|halved)\b|"
        r"\b(?:we|i)(?:'ll| will|'ve| have|'re| are| am|'m)? (?:also |now )?(?:reduc|cut|lower|"
        r"halv|discount)(?:e|ed|ing|ting)? (?:your|this|that|the) (?:[\w'\u2019-]+ ){0,3}?(?:fee|"
        r"bill|invoice|subscription|rent|rental|premium|membership|fare|tuition|price)s?\b|"
        r"\b(?:credit|refund|rebate)s? (?:\w+ ){0,2}?(?:will|should|is going to) (?:appear|show|"
        r"come through|be applied)(?: up)? (?:on|in|to) your (?:\w+ )?(?:bill|invoice|statement|"
        r"account)\b",
        negatable=True,
        unless=REMEDY_TALKED_ABOUT,
    ),
    # Given in so many words: extra sessions added to their block, a sum paid into their
    # account, a sum they are owed, a number of the product's own units for everyone hit.
    Cue(
        "remedy",
        r"\b(?:added|adding|add|given|giving|give|put) (?:you )?(?:a|an|one|two|three|four|five|"
        r"six|"
        r"\d+) (?:extra|free|bonus|additional|complimentary) (?:[\w-]+ ){0,2}?(?:to|on|onto|into) "
        r"your\b|\b(?:given|giving|give) you (?:a|an|one|two|three|four|five|six|\d+) (?:extra|"
        r"free|"
        r"bonus|additional|complimentary)\b|"
        r"\b(?:we|i)(?:'ve| have| had)? (?:now |also |just |already |today )*(?:paid|transferred|"
        r"credited|returned|put) (?:you )?(?:£|\$|€)\s?\d[\d,.]* (?:\w+ ){0,2}?(?:into|to|onto|"
        r"back to|back into) (?:your|the (?:card|account|bank account) you)\b|"
        r"(?<!\bwe )(?<!\bi )(?<!\bthey )\b(?:is|are) (?:\w+ )?owed (?:£|\$|€)\s?\d|"
        r"\b(?:every|each|all|everyone|everybody|anyone|anybody) (?:[\w'.-]+ ){0,8}?(?:gets?|"
        r"receives?|will get|will receive|will be given|is given|are given) "
        r"(?:\d[\d,.]* (?!(?:\w+ )?(?:emails?|messages?|texts?|letters?|notifications?|updates?|"
        r"reminders?)\b)|(?:a |an )?(?:free|bonus|extra)\b)",
        negatable=True,
        unless=REMEDY_TALKED_ABOUT,
    ),
    # In a boundary, the way still open to them: the paid tier ("if you want the feature,
    # upgrade"), other things that might help, a place on the cancellation list.
    Cue(
        "remedy",
        r"\b(?:you (?:can|could|may|might)|please|just|simply|if you (?:want|need|would like|"
        r"'d like|wish)\b[^.!?\n]{0,60}?,?) ?(?:upgrade|buy|purchase|book|order|subscribe)\b|"
        r"\b(?:things?|options?|ways?|alternatives?|ideas?) (?:that )?(?:might|may|could|can|"
        r"should|would) help\b|\b(?:added|put) you (?:on|to) (?:it|(?:the|our|a) (?:[\w-]+ )?"
        r"(?:list|waitlist|waiting list|queue))\b|\b(?:cancellation|waiting|priority|reserve) "
        r"?list\b",
        negatable=True,
        kinds=("boundary",),
    ),
)

# -- anti-patterns -----------------------------------------------------------------------------

# A message that owns the failure may still name who else was involved.
OWNED = (
    r"\b(?:that|this|it)(?: (?:gap|part|failure|decision|delay|one))?(?:'s| is| was)\s+"
    r"(?:still\s+|entirely\s+|all\s+)?on (?:us|me)\b|"
    # A customer's accusation quoted back ("stop saying it's our fault") owns nothing.
    r"(?<!not )(?<!n't )(?<!no )(?<!saying it's )(?<!saying it is )(?<!claiming it's )"
    r"\b(?:our|my) (?:own\s+)?(?:fault|mistake|responsibility|error|"
    r"failure|job|oversight|slip)\b|"
    # What the customer gave us was right, so the slip was ours: "the form itself was right".
    r"\b(?:the|your) (?:form|order form|details|address|information|instructions|file|artwork|"
    r"spelling|pdf)(?: itself| you (?:gave|sent|filled in|supplied)(?: us)?)? (?:was|were) "
    r"(?:right|correct|accurate|spelt correctly|spelled correctly)\b|"
    # "We had no fallback" owns a gap; "we had no say" disowns the decision.
    r"\bwe (?:should have|had no(?! (?:say|control|choice|influence)\b)|did not have|didn't have|"
    r"take (?:full )?responsibility|"
    r"are (?:fully )?responsible|own (?:this|it)|chose|relied|failed)\b|\bours to fix\b|"
    r"\bno excuse\b|\bnot an excuse\b|\bwe (?:still )?(?:own|owned)\b|"
    r"\b(?:we|i) (?:double-booked|forgot|messed up|got (?:it|this|that) wrong|made (?:a|an|the) "
    r"(?:\w+ )?(?:mistake|error))\b|\b(?:i|we) (?:am|are) responsible for\b|"
    r"\b(?:fault|mistake|error|responsibility|blame|cause) (?:is|was|lies|lay|rests) (?:entirely |"
    r"fully |squarely |solely )?(?:ours|mine|with us|with me)\b|"
    r"\b(?:was|is|were) (?:entirely |all )?(?:our|my) (?:own )?(?:[\w-]+ )?(?:decision|choice|call|"
    r"failure|mistake|error)\b|\b(?:we|i) made (?:that|this) (?:\w+ )?(?:decision|call|choice)\b|"
    r"\b(?:the )?(?:mistake|fault|error) was (?:in )?(?:how|what|where|that) (?:we|i)\b|"
    r"\b(?:that's|that is|that was|it's|it was) (?:our|my) miss\b"
)
THIRD_PARTY = (
    r"(?:provider|vendor|supplier|partner|upstream|host|hosting company|hoster|data ?cent(?:er|re)|"
    r"third[- ]party|carrier|isp|bank|payment (?:processor|provider)|courier|contractor|"
    r"manufacturer|software company|cloud|aws|amazon|google|microsoft|azure|cloudflare|"
    r"telecom|network operator|power company|utility|postal service|royal mail|dhl|ups|fedex)"
)
# Someone outside the business, or a force of nature, named as the cause.
OUTSIDER = (
    rf"(?:{THIRD_PARTY[3:-1].replace('upstream|', '')}|upstream (?:provider|supplier|network|"
    r"carrier|partner)|logistics (?:partner|company|provider)|delivery "
    r"(?:partner|company|firm)|airline|airport|council|authority|regulator|landlord|"
    r"building management|power (?:grid|supplier)|electricity (?:supplier|company|provider)|"
    r"post office|marketplace|app store|apple|stripe|paypal|shopify|twilio|sendgrid|"
    r"mailchimp|github|fastly|akamai|agency|printer|printing company|factory|wholesaler|"
    r"distributor|broadband|openreach|network provider|phone company|air traffic control|"
    r"external (?:partner|"
    r"service|system|company)|another company|operator|distributor|registry|registrar|"
    r"clearing (?:system|house)|banking system|hmrc|tax office|(?:phone|handset|device) maker|"
    # Those digging or building nearby, who cut cables and mains.
    r"(?:road|utility|construction|building|demolition|drainage) (?:crew|company|firm|workers|"
    r"contractor|team)|roadworks)"
)
# A surge of people or demand, named as what was too much for us.
SURGE = (
    r"(?:unprecedented|record|unexpected|huge|massive|overwhelming|sudden|enormous|"
    r"extraordinary|exceptional|unusual|unforeseen|unheard-of) (?:[\w-]+ )?(?:wave|flood|rush|"
    r"surge|influx|spike|tide|stampede|numbers?|volumes?|levels?|amount) of (?:[\w-]+ )?"
    r"(?:players|users|customers|orders|requests|visitors|people|bookings|calls|traffic|"
    r"sign-?ups|fans|shoppers|applications|enquiries|inquiries|downloads|logins|buyers|"
    r"guests|callers|subscribers|members|demand)\b"
)
# The customer, or customers and the public in general, as the subject of a clause.
CUSTOMERS = (
    r"(?:you|people|customers|everyone|everybody|users|guests|visitors|members|parents|"
    r"swimmers|drivers|passengers|patients|residents|tenants|owners|players|diners|someone|"
    r"shoppers|clients|families|households|subscribers|"
    r"somebody|the customer|the (?:user|guest|owner|driver)|your(?: [\w-]+){1,2}?)"
)
# One of the people who do the work, ours or assigned to the customer.
WORKER = (
    r"(?:contractor|colleague|employee|member of (?:our )?staff|staff member|team member|"
    r"engineer|technician|driver|agent|adviser|advisor|clerk|temp|trainee|junior|intern|"
    r"new starter|apprentice|freelancer|instructor|operator|manager|receptionist|courier|"
    r"fitter|installer|developer|administrator|worker|volunteer|supervisor|coordinator|"
    r"planner|dispatcher|cashier|teacher|tutor|coach|nurse|locum|chef|cleaner|consultant|"
    r"stylist|therapist|groomer|trainer|carer|caseworker|case officer|rep|representative)"
)
# What such a person is said to have got wrong.
MISSTEP = (
    r"(?:skipped|missed|forgot|ignored|overlooked|misread|misheard|misfiled|mistyped|mixed up|"
    r"muddled|left (?:out|off)|deleted|double-booked|overslept|neglected|failed to|"
    r"(?:entered|put|sent|picked|typed|used|booked|gave) "
    r"(?:\w+ )?(?:the )?wrong|arrived late|turned up late|showed up late|came late)\b"
)
CONCRETE = rf"(?:{CONCRETE_TIME}|\bat the latest\b)"
# A rule we now hold ourselves to, not a wait: "no update will go live until it has passed a
# test", "the app will stop taking orders when waits go above 40 minutes".
STANDING_CONDITION = (
    r"^\W*no \w+(?: \w+){0,5}? (?:will|shall|can)\b|\b(?:go|goes|rise|rises|climb|climbs|fall|"
    r"falls|drop|drops|reach|reaches|exceed|exceeds|pass|passes) (?:above |over |below |under |"
    r"past |beyond )?\d"
)
# A day the failure started ("ordered since Monday") pins down the past, not the promise.
CONCRETE_AHEAD = rf"(?:(?<!\bsince )(?<!\blast ){CONCRETE_TIME}|\bat the latest\b)"
# A postal address the customer copies onto an envelope ("Freepost NVP CARE") names nothing
# they need to understand.
FREEPOST_ADDRESS = r"\bfreepost(?:[ \t]+[a-z0-9-]+){1,4}"
# Abbreviations a customer reads every day, though written without vowels; SSH and SDK are
# named only to the developers who use them.
KNOWN_ABBREVIATIONS = (
    r"mr|mrs|ms|dr|st|rd|ltd|plc|hrs|mph|kph|kwh|mwh|cctv|bbc|nhs|hmrc|tfl|dvd|pcs?|pdf|csv|"
    r"ssh|sdk|"
    r"gmt|bst|cst|pst|pdt|mdt|cdt|sms|www|ssl|https?|dns|php|vps|gbp|chf|hsbc|tsb|rbs|pcr|"
    r"cwm|hmm+|shh|brr|psst|pfft|tsk|nth|x+|bcc|fwd|thx|pls|rsvp|tbc|tbd|ctrl|cmd|txt|dwp|nspcc|"
    r"rspb|gps|pvc|bbq|rrp|pps|dms|tbh|btw|jpg|png|ppl|tv"
)
# What the customer's own people may have seen downstream ("your staff may have seen payments
# bounce") is honestly unknown to us, not a hedge about our failure.
OTHERS_MAY = (
    r"\b(?:your|their) (?:\w+ )?(?:staff|employees|customers|clients|guests|patients|visitors|"
    r"readers|buyers|tenants|pupils|students|members|users) (?:may|might)\b|"
    # Nor is what a stranger who saw their details may have done with them.
    r"\b(?:a stranger|strangers|someone else|somebody else|another customer|other customers) "
    r"(?:may|might) have\b"
)
# An apology made emphatic, for rules that count a second one beside it.
EMPHATIC_APOLOGY_TEXT = (
    r"\b(?:so|very|truly|deeply|terribly|incredibly|really|extremely|awfully|profoundly|"
    r"sincerely|genuinely)\s+(?:,\s*)?(?:sorry|apologi[sz]e)|\b(?:sincerest|deepest|humblest|"
    r"heartfelt|profound)\s+apolog"
)
# A technical term explained right after it, or up to two more words of it ("RAID array (the
# disks…)"), is not jargon; nor is one whose short phrase a colon or bracket then explains
# ("a caching mistake on our side: we kept an old copy").
EXPLAINED_AFTER = (
    r"^(?:[ -][\w/]+){0,4}\s*(?:\(|[\u2013—:]|\s-\s)|"
    # ", which we reverted" says what we did to it, not what it is.
    r"^(?:[ -][\w/]+){0,2}\s*,\s*(?:which(?! (?:we|i|they|our|the)\b)|that is|i\.e\.|"
    r"meaning|or|a|an|the)\b|"
    r"^.{0,120}?\b(?:in other words|in plain (?:words|terms|english)|put simply|"
    r"simply put|this means|that means|which means|meaning that|i\.e\.|in short|"
    r"basically|that is,)"
)

# A passive that names how it came to light is not hiding the actor: "following routine
# sampling, bacteria were detected", "identified by our monitoring".
FOUND_BY = (
    r"\b(?:following|after|during|through|from|by|in) (?:the |our |a |an )?(?:routine |regular |"
    r"scheduled |weekly |daily )?(?:sampling|samples|testing|tests?|checks|inspections?|"
    r"monitoring|audits?|alerts?)\b"
)
# A guess at what the customer did ("it looks like the wrong size was selected") points at
# them, not away from us.
CUSTOMER_CHOSE = (
    r"\b(?:you|was|were) (?:\w+ )?(?:selected|entered|chose|chosen|typed|ticked|clicked|"
    r"ordered|placed|forgot|missed)\b"
)
# What we ourselves set going: a change, a job, a rotation. Told in the passive, it hides who.
OWN_CHANGE = (
    r"(?:rotation|update|release|deploy|deployment|upgrade|migration|patch|rollout|roll-out|"
    r"script|job|configuration change|config change|setting|maintenance|change|failover|"
    r"switchover|import|export|sync|mailing|mail-?out|batch)"
)
# Done to the wrong people, or by mistake, with no one named as doing it.
IN_ERROR = r"(?:in error|by mistake|by accident|mistakenly|erroneously|wrongly|incorrectly)"
# Our own people named as qualified, trained or vetted, held up instead of the failure.
OUR_PEOPLE = (
    r"(?:staff|team|people|groomers|engineers|technicians|stylists|drivers|fitters|installers|"
    r"teachers|instructors|therapists|cleaners|plumbers|electricians|mechanics|nurses|doctors|"
    r"coordinators|photographers|printers|developers|crews?|operators|agents|advisers|advisors)"
)
CREDENTIALED = (
    r"(?:qualified|trained|certified|accredited|experienced|vetted|licensed|insured|"
    r"professionals|experts)"
)
# Terms of the engineering trade that say nothing to a customer unless explained.
ENGINEERING_TERMS = (
    r"replica(?:tion)? (?:lag|delay)|read replicas?|primary failover|"
    r"cron (?:expressions?|schedules?|syntax|entr(?:y|ies))|crontab|"
    r"concurrency (?:locks?|limits?|controls?|checks?)|mutex(?:es)?|semaphores?|"
    r"session[- ]tickets?|(?:signing |encryption |session )?key rotations?|"
    r"canary (?:gates?|releases?|deploy\w*|nodes?|stages?)|feature flags?|blue[- ]green|"
    r"write[- ]ahead log|circuit breakers?|dead[- ]letter queues?|backpressure|"
    r"resolvers?(?: flapping)?|transit providers?|hl7|fhir|cmyk|rgb|olt|dslam|gpon|"
    r"wiegand|rfid (?:readers?|controllers?)|access controllers?|scada|hash collisions?|"
    r"saml|oidc|jwts?|idp"
)
# After an abbreviation the customer has never seen, a part of a machine: "the MME software",
# "a BNG line card"; the abbreviation names the machine, so the sentence means nothing to them.
ACRONYM_MACHINE = (
    r"\s+(?:software|firmware|hardware|interface|controller|module|gateway|protocol|stack|"
    r"node|line card|layer|chip|board|appliance|cluster|instance|daemon)s?\b"
)

# A small size named only to deny it ("I won't call this a minor slip", "this was no small
# problem"), or granted only to say it still hurt ("a short outage, but at a busy time for you").
SIZE_DENIED = (
    r"\b(?:not|no|never|won't|will not|wouldn't|would not|can't|cannot|isn't|wasn't|far from|"
    r"anything but)\s+(?:(?:call|calling|describe|describing|treat|treating|dismiss|dismissing|"
    r"pass|see|regard|consider)\s+(?:this|it|that|what happened)\s+(?:off\s+)?(?:as\s+)?)?"
    r"(?:a\s+|an\s+|so\s+|that\s+|just\s+a\s+|merely\s+a\s+)?(?:minor|small|slight|tiny|"
    r"little|brief|short|trivial|simple|mere)\b|"
    r"\b(?:minor|small|slight|tiny|little|brief|short)\b[^.!?\n]{0,40}\bbut\b[^.!?\n]{0,60}"
    r"\b(?:busy|busiest|worst|bad|badly|hard|hurt|serious|costly|cost you)\b"
)
# A change tried on a few first is a way of working, not a count of those harmed: "instead of
# trying it on a small group first".
TRIED_ON_FEW = (
    r"\b(?:try|tried|trying|test|tested|testing|trial\w*|pilot\w*)\b[^.!?\n]{0,30}\b(?:on|with|"
    r"to|among) (?:a|an) (?:very )?(?:small|limited|tiny)\b"
)
# The scale said outright beside a vague or small word: what we did to them, all of them, a count.
SCALE_STATED = (
    r"\b(?:we|i)\s+(?:\w+\s+)?(?:charged|sent|deleted|billed|emailed|cancell?ed|lost|broke|"
    r"overwrote|double)|\b(?:all|every|each)\b|\b\d[\d,]* (?:of (?:our|the|your) )?(?:customers|"
    r"users|accounts|clients|members|orders|sites|homes|people)\b"
)
# The harm granted in words too big for it, only to brush it aside: "I appreciate that running
# out of towels is a catastrophe, but…". Sarcasm, which both plays it down and inflames.
MOCK_CONCESSION = (
    r"\b(?:i|we) (?:appreciate|realise|realize|understand|get|accept|know|see) (?:that )?"
    r"[^.!?\n]{0,60}?\b(?:is|was|must be|would be) (?:a |an |such a |the )?(?:\w+ )?(?:catastrophe|"
    r"tragedy|calamity|end of the world)\b,? but\b"
)
# A count of those affected, given somewhere in the message ("about 9,000 online orders"),
# makes a vague "some orders" elsewhere a heading's shorthand, not a hidden scale.
COUNTED = (
    r"\b\d[\d,]*\d (?:[\w&'-]+ ){0,4}?(?:orders|customers|users|accounts|clients|members|"
    r"homes|households|people|passengers|claimants|patients|bookings|payments|parcels|sites)\b|"
    # Or those affected defined outright: "this affected customers whose salaries are paid by
    # BACS".
    r"\b(?:affected|hit|applied to) (?:all |only |every )?(?:customers|users|accounts|clients|"
    r"members|households|patients|passengers) (?:whose|who (?:pay|use|are|were|have|had|live))\b"
)

RULES: tuple[Rule, ...] = (
    # blame shifting
    Rule(
        "blame_shifting",
        r"\b(?:out of|beyond|outside(?: of)?) (?:our|my) (?:direct )?(?:control|hands|power)\b|"
        r"\bnot (?:with)?in (?:our|my) (?:control|power)\b|\bnothing we could (?:have )?do(?:ne)?\b"
        r"",
        "This puts the cause out of our hands instead of owning it.",
        "Say what we could have done and will do: 'we had no fallback — that is on us'.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        rf"\b(?:due to|because of|caused by|the result of|resulting from|owing to|thanks to|"
        rf"down to|blame|fault (?:of|lies with|was with)|failure (?:at|of|by))\s+"
        rf"(?:an?\s+|the\s+|our\s+|"
        rf"one of our\s+)?(?:\w+\s+){{0,3}}{THIRD_PARTY}s?\b",
        "The cause is put on a provider, as an excuse.",
        "Name the provider as a fact and still own it: 'our provider failed and we had no "
        "fallback; that is on us'.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        rf"\b(?:the|our)\s+(?:\w+\s+)?{THIRD_PARTY}s?\s+(?:\w+\s+)?(?:is|was|are|were)\s+"
        r"(?:\w+\s+)?(?:to blame|responsible|at fault|the cause|the problem)\b|"
        rf"\b{THIRD_PARTY}s?'s? (?:fault|mistake|error|problem)\b",
        "The blame is put on a provider.",
        "Own what was ours: how we chose and relied on them, and what we change.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        r"\bthe internet\b.{0,40}\b(?:problem|issue|fault|failure|outage|trouble)s?\b|"
        r"\b(?:internet|network) (?:problems?|issues?|troubles?) (?:outside|beyond|elsewhere)",
        "The cause is put on 'the internet'.",
        "Say what failed and what we could have done about it.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        # "If you had already paid it, we refunded it" is a condition, not a reproach.
        r"(?<!even )(?<!as )\bif you had(?:n't| not)?\s+(?!already\b)(?:\w+\s+)?(?:read|followed|"
        r"checked|updated|listened|done|used|kept|made|set|paid|told|contacted|backed|configured|"
        r"installed)\b|"
        r"\byou (?:should|ought to|would) have\s+(?:\w+\s+)?(?:read|known|checked|followed|"
        r"backed|updated|noticed|told|contacted|used|made)\b|"
        r"\byou (?:failed|neglected|forgot|chose not|did not bother|didn't bother) to\b|"
        r"\b(?:your|customer|user)\s+(?:own\s+)?(?:fault|error|mistake|negligence)\b|"
        r"\bbecause you (?:did not|didn't|never|had not|hadn't|forgot|ignored|chose)\b|"
        r"\b(?:problem|issue|fault|error)s? (?:is |was |lies |lay )?(?:on|at) your (?:end|side)\b|"
        r"\bcaused by (?:you|your)\b",
        "The burden is put on the customer.",
        "Describe what happened without blaming them; if something is theirs to do, say so "
        "calmly and offer help.",
        # A calm boundary may say which cover the customer chose not to take.
        skip_kinds=("boundary",),
    ),
    Rule(
        "blame_shifting",
        r"\b(?:an?|the|one of our|our)\s+(?:new\s+|junior\s+|trainee\s+|temporary\s+|"
        r"inexperienced\s+)?(?:intern|trainee|junior|temp|new hire|contractor|freelancer|"
        r"colleague|employee|staff member|team member|technician|developer|engineer|"
        r"admin|administrator|member of staff)s?\s+(?:\w+\s+)?(?:pushed|made|forgot|deleted|"
        r"ran|accidentally|mistakenly|messed|broke|caused|sent|clicked|misconfigured|"
        r"failed|did not|didn't|was responsible|is responsible|was to blame|is to blame)\b",
        "The mistake is put on a colleague.",
        "Own it as a team: 'we pushed a change without testing it'.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        r"\bbecause (?:you|your|yours|they|the customer)\b(?! (?:asked|requested|wanted|chose to "
        r"upgrade|thought|believed|expected|trusted|relied|rely|need|needed|planned|had planned|"
        r"had to|(?:have|'ve) had to|missed out|waited|were (?:waiting|expecting|relying|"
        r"counting|told|kept|left|made|forced|charged|billed|affected|let down|without|unable)|"
        r"had been told|could(?:n't| not)|lost))"
        r"(?!'d (?:planned|booked|arranged|expected|trusted)|'ll (?:have|need)|'ve (?:had|lost|"
        r"been without))|\b(?:fix|check|blame) your own\b|"
        r"\byour own (?:\w+ )?(?:delays|mistake|"
        r"code|plugins|settings|admin|administrator|error|fault)\b|\b(?:had you|if (?:you|someone) "
        r"had) (?:been|read|checked|followed|bothered|updated|listened|answered|paid|backed)\b|"
        r"\b(?:fix|optimi[sz]e|check|update) your (?:own )?(?:code|paperwork|app|settings|plugins|"
        r"setup|site|files|timesheets)\b|\byou need to fix\b|\baddress you gave\b|\b(?:result|resul"
        r"ts) of your\b|\b(?:which|that) you (?:accepted|agreed to)\b|"
        r"\b(?:don't|do not|stop) blam\w+ us\b|\baccusing us\b|\bcheck your spam\b|"
        r"\blike (?:every other customer|a grown-up)\b|\ba problem you created\b|"
        r"\b(?:how|what) (?:customers|you) (?:configure|set up|choose)\b|\bsettings you choose\b",
        "The burden is put on the customer.",
        "Say what happened without pointing at them; if part of it is theirs, say calmly what "
        "they can do and how we help.",
        # A boundary says calmly why the agreement does not cover it; that is not blame. And
        # "because your card was rejected" in a message that owns the failure tells its cost, as
        # it does beside what we will pay back ("if you paid extra because your card failed").
        unless_text=OWNED,
        unless_sentence=r"\bif you (?:had|paid|were|incurred|lost|missed|have)\b|\b(?:receiving|"
        r"getting|sent) this (?:letter|email|message|notice)\b|\bentitled to\b|\bit matters\b",
        skip_kinds=("boundary",),
    ),
    Rule(
        "blame_shifting",
        r"\b(?:not|wasn't|was not|isn't|is not)\s+(?:really\s+)?(?:caused by us|our (?:doing|fault|"
        r"problem|issue)|an? (?!(?:serious|big|major|huge|real|significant|widespread|minor|small|"
        r"new|known|common|one-off|isolated|temporary|simple|quick|tri"
        r"vial)\b)[\w-]+ (?:issue|problem)|the [\w']+ problem)\b|"
        r"\bon their (?:side|"
        # Working with a supplier on the fix is not putting the cause on them.
        r"end)\b|\b(?:by|at|(?<!working )(?<!closely )(?<!work )with) (?:the|our) (?:\w+ )?"
        r"(?:provider|vendor|supplier|"
        r"partner|subcontractor|subcontracted \w+ partner)\b|\bsubcontract\w*\b|"
        r"\b(?:by|from) a third[- ]party\b|\brun by (?:our|a|the) (?:partner|contractor|supplier)\b"
        r"|"
        r"\bacross the whole industry\b|"
        r"\bbecause (?:the|our) (?:teacher|driver|engineer|technician|courier|intern|receptionist|"
        r"printer|supplier|provider|bank) (?:was|had|did|forgot|failed)\b",
        "The cause is pushed onto someone else.",
        "Own our part: what we relied on, what we could have done, what we do now.",
        unless_text=OWNED,
    ),
    # The cause handed on by contrast with us ("postponed by the council, not by us"), or placed
    # on another's side ("the delay is entirely on the seller's side", "a courier error").
    Rule(
        "blame_shifting",
        r", not (?:by |on |from )?(?:us|me)\b|"
        r"\ba matter for (?:[\w']+,? ){1,3}?(?:not|rather than)\b|"
        r"\b(?:is|that's|it's) not on (?:me|us)\b|\b(?:delay|problem|fault|issue|hold-up|holdup|"
        r"error)s? (?:is|lies|sits|was|lay) (?:entirely |squarely |firmly |wholly |clearly )?"
        r"(?:on|with) (?:the|their|your) (?:[\w']+ ){0,2}(?:side|end)\b|\b(?:this|that|it) "
        r"(?:is|was) (?:a|an) (?:courier|supplier|carrier|vendor|manufacturer|bank|council|postal|"
        r"royal mail|third[- ]party|delivery company|airline)(?:'s)? (?:error|mistake|fault|issue|"
        r"problem)\b|\b(?:bug|fault|error|problem|glitch) (?:in|with|on) their (?:software|system|"
        r"systems|app|platform|website|site|end)\b|\bnot something (?:we|i) did\b|"
        r"\b(?:happened|occurred|was done|must have happened|was caused) (?:after|once) (?:it|they|"
        r"the \w+) left (?:us|our \w+|here)\b|\b(?:not|wasn't|was not|isn't|is not) (?:the|our) "
        r"(?:club|society|shop|school|practice|company|team|council|firm|office|studio|centre|"
        r"center)'s fault\b",
        "The cause is pushed onto someone else.",
        "Own our part: what we relied on, what we could have done, what we do now.",
        # "It was you, not us, who had to answer your clients" tells of the harm to them.
        unless_sentence=r"\b(?:it (?:was|is) you|you (?:who|that))\b",
        unless_text=OWNED,
        skip_kinds=("boundary",),
    ),
    # over-apology
    Rule(
        "over_apology",
        r"\b(?:can(?:not|'t)|could(?:n't| not)|never) (?:\w+\s+)?apologi[sz]e enough\b|"
        r"\bplease,? (?:please,? )?forgive\b|\bbeg (?:for )?(?:your )?(?:forgiveness|pardon)\b|"
        r"\b(?:deeply|utterly|truly|so|completely|terribly) (?:ashamed|mortified|humiliated)\b|"
        r"\b(?:ashamed|mortified|humiliated|devastated(?! for you))\b|"
        r"\b(?:so|very|terribly|really|truly|deeply),?\s+(?:so|very|terribly|really|truly|"
        r"deeply),?\s+sorry\b|\bsorry,? sorry\b|"
        r"\b(?:a )?(?:hundred|thousand|million) apologies\b|\bsay sorry enough\b|"
        r"\bendless(?:ly)? apolog|\bprofus\w+ apolog|"
        r"\bapologi[sz]e profusely\b|\bfrom the bottom of (?:our|my) hearts?\b|"
        r"\b(?:grovel|on our knees|we don't deserve|we do not deserve)\b|"
        r"\bwords cannot (?:express|describe) how sorry\b|\bsorry beyond words\b|"
        # Forgiveness asked for in form, and an apology made with the whole heart.
        r"\b(?:ask|beg|seek|request)(?:ing)? (?:for )?(?:your|their) (?:forgiveness|pardon|"
        r"indulgence)\b|\bask (?:you )?to forgive us\b|\bwith all (?:my|our) hearts?\b",
        "The apology is inflated; grovelling makes it about us.",
        "Apologise once, plainly ('we are sorry'), then say what we did and will do.",
    ),
    # A second apology made emphatic in other words ("truly, we apologise", "we apologise
    # unreservedly", "I feel terrible about it") beside an emphatic one.
    Rule(
        "over_apology",
        r"\b(?:truly|really|sincerely|genuinely|deeply|honestly),? (?:we|i) (?:apologi[sz]e|"
        r"are sorry|am sorry)\b|\bapologi[sz]e (?:unreservedly|wholeheartedly|unconditionally|"
        r"without reservation)\b|\bunreserved(?:ly)? apolog|"
        r"\b(?:i|we) (?:\w+ )?(?:feel|felt) (?:\w+ )?(?:terrible|awful|dreadful|sick|horrible|"
        r"wretched|so bad|really bad)\b",
        "The apology is inflated; grovelling makes it about us.",
        "Apologise once, plainly ('we are sorry'), then say what we did and will do.",
        only_if_text=EMPHATIC_APOLOGY_TEXT,
    ),
    # minimising
    Rule(
        "minimising",
        rf"\b(?:just|only|merely|simply|nothing (?:more|but))\s+(?:a|an|one|some)\s+(?!{A_NOTE})"
        r"(?:\w+\s+)?"
        r"(?:glitch|hiccup|blip|hitch|wobble|inconvenience|bump|slip|snag|hiccough|"
        r"small|minor|tiny|little|brief|short|quick|momentary|temporary)\b|"
        r"\b(?:minor|small|slight|tiny|little|brief|short|temporary|momentary)\s+"
        r"(?:glitch|hiccup|blip|hitch|wobble|inconvenience|bump|hiccough|snag|hiccups)\b|"
        r"\b(?:glitch(?:es)?|hiccups?|blips?|hiccoughs?)\b",
        "This downplays the harm it did.",
        "Describe the harm as the customer felt it, with the facts: how long, what failed.",
        unless_sentence=SIZE_DENIED,
    ),
    Rule(
        "minimising",
        r"\bnothing (?:to worry about|serious|major|to be concerned about|to be alarmed about|"
        r"to complain about|to get upset about)\b|"
        r"\bno (?:big|real|great|major) (?:deal|harm|damage|problem|issue)\b|"
        r"\b(?:no|not a) biggie\b|"
        r"\bnot (?:a|that) (?:big|huge|major|serious) (?:deal|problem|issue)\b|"
        r"\b(?:barely|hardly) (?:noticeable|anyone|any(?:body)?|affected|any impact)\b|"
        r"\b(?:negligible|insignificant|trivial|inconsequential)\b|"
        r"\b(?:most|many) (?:customers|users|people|clients) (?:didn't|did not|won't|will not|"
        r"wouldn't|would not|probably didn't) (?:even )?(?:notice|have noticed)\b|"
        r"\blimited (?:impact|number of)\b|\bshould not have (?:affected|bothered|impacted) "
        r"you (?:much|greatly|at all)\b|\bonly (?:slightly|a little|marginally|mildly)\b|"
        r"\b(?:luckily|fortunately|thankfully),? (?:only|just|nobody|no one|very few)\b|"
        r"\ba (?:tiny|small) (?:fraction|percentage|minority)\b",
        "This downplays the harm it did.",
        "Say plainly what the customer lost or could not do; let them judge the size.",
    ),
    Rule(
        "minimising",
        r"\b(?:only|just|merely)\s+(?:a\s+)?(?:handful|few|small number|small group|tiny number|"
        r"couple|fraction|\d+\s?%|one or two|some)\s+(?:of\s+)?(?:our\s+)?(?:customers|users|"
        r"people|clients|accounts|members|sites|orders|mailboxes|shops|websites)\b",
        "Counting how few were hit reads as 'it does not matter' to someone who was.",
        "Speak to the reader: 'your orders were affected', and state numbers without 'only'.",
    ),
    Rule(
        "minimising",
        r"\b(?:briefly|momentarily|for a (?:moment|brief moment|short while|little while|"
        r"short time|few moments))\b",
        "'Briefly' for an outage that lasted hours downplays it.",
        "Give the real duration: 'for two hours and ten minutes'.",
        only_if_text=rf"\b(?:{NUMBER_WORD}|several|many)\s+(?:hours?|days?)\b|\ball (?:day|"
        r"morning|afternoon|night)\b|\d{1,2}[:.]\d{2}\s*(?:to|until|and|-|\u2013)\s*\d{1,2}[:.]\d{2"
        r"}|"
        # A span in the clock's own words ("2 to 5 p.m.", "7am and 11:30am") runs for hours too.
        r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)?\s*(?:to|until|till|and|-|\u2013)\s*"
        r"\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\bovernight\b|\bhours\b|"
        # From one day to another ("Saturday 9am to Sunday 4pm").
        rf"\b{WEEKDAY}\b[^.!?\n]{{0,25}}\b(?:to|until|till)\b[^.!?\n]{{0,12}}?\b{WEEKDAY}\b",
    ),
    Rule(
        "minimising",
        r"\b(?:minor|small|slight|tiny|little|very small|short|brief|cosmetic|trivial)\s+"
        r"(?:\w+\s+)?(?:issue|error|problem|outage|delay|disruption|matter|thing|mix-up|mixup|"
        r"anomaly|incident|correction|wobble|inconvenience|bother)\b|"
        r"\bthat's all\b(?! (?:i|we|he|she|they) (?:did|do|touched|changed|fitted|replaced)\b)|"
        r"\b(?:is|was) nothing compared\b|\bnot worth\b|\bend of the world\b|\bisn't many\b|"
        r"\bnot (?:a|that|very|really) (?:long|big|serious)\b|\bshort-lived\b|\bminimal\b|"
        r"\bno (?:significant|real|lasting) (?:impact|harm|damage|cause for concern)\b|"
        r"\bonly (?:affected|impacted|hit)\b|\bfor a short (?:time|while|window|period)\b|"
        r"\b(?:can|will|'ll) survive\b|\bwhat a (?:tragedy|disaster|catastrophe|mystery|"
        r"coincidence|drama|fuss|palaver|to-do|shocker)\b|\btruly a catastrophe\b|"
        rf"\bjust a\b(?!\s+{A_NOTE})|\bhardly a\b|\b(?:didn't|did not) (?:even )?complain\b|"
        r"\ba (?:small|tiny|limited) (?:number|handful|subset|fraction|set) of\b|"
        r"\bdon't you worry\b",
        "This downplays the harm it did.",
        "Describe what the customer lost or could not do, and let them judge its size.",
        unless_sentence=SIZE_DENIED,
    ),
    # A shrug in other words: the effect "pretty minor", "nobody's perfect", "you haven't lost
    # much", a rare case, a fraction or a handful of those hit.
    Rule(
        "minimising",
        r"\b(?:pretty|fairly|relatively|quite|very) minor\b|\bminor (?:\w+ )?(?:hitch|"
        r"difficulties|glitch|hiccup|snag)|\b(?:nobody's|no one's|nobody is) perfect\b|"
        r"\bnice problem to have\b|\b(?:haven't|hasn't|have not|has not|didn't|did not) "
        r"(?:really )?(?:lose|lost|miss|missed) (?:very )?much\b|\b(?:don't|do not) think (?:any|"
        r"much) (?:real )?harm\b|\b(?:isn't|is not|wasn't|was not) exactly (?:private|secret|"
        r"sensitive|confidential|a (?:big )?(?:deal|disaster|catastrophe|crisis))\b|"
        r"\brare edge case\b|\bonly crops up\b|\ba handful\b|\ba fraction of (?:our |the )?"
        r"(?:customers|users|requests|accounts|members|people|orders|clients|sites|calls|"
        r"payments|transactions|traffic)\b",
        "This downplays the harm it did.",
        "Say plainly what the customer lost or could not do; let them judge the size.",
        unless_sentence=SIZE_DENIED,
    ),
    # A limited period is vague scoping, but a limited-time offer is not.
    Rule(
        "minimising",
        r"\bfor a limited (?:period|time|window)\b",
        "A vague span reads as playing down how long it lasted.",
        "Give the real times: 'from 9:10 to 11:40 on Tuesday'.",
        unless_sentence=r"\b(?:offer|discount|voucher|code|valid|deal|price|sale)\b",
    ),
    # The harm told as smaller than it was: "it's just", "only a day late", "a bit warm", "it'll
    # sort itself out", or a consolation that what went right is what counts.
    Rule(
        "minimising",
        # Looking ahead for the word first spares trying six look-behinds at every position.
        r"(?=just|only|merely|simply)"
        r"(?:(?<=\bit's )|(?<=\bit is )|(?<=\bit was )|(?<=\bthat's )|(?<=\bthat was )|"
        r"(?<=\bthis was ))(?:just|only|merely|simply)\s+"
        r"(?:a |an |some |one )?(?!(?:not|been|fair|right|after|before|when|because|once|now|"
        r"then|through|by|since|until|thanks|due|with|over|under|about|around|gone|past|as|in|"
        r"at|on|of|to|for|from|the|that|this|our|my|we|i|you|your|what|how|part|one of|"
        r"a matter of)\b)\w+|"
        r"\b(?:only|just|merely)\s+(?:a|an|one|two|three|a few|a couple of|\d+)\s+(?:\w+\s+)?"
        r"(?:minutes?|hours?|days?|weeks?)\s+(?:late|behind|overdue|over|longer)\b|"
        r"\b(?:only|just|merely)\s+(?:down|late|offline|out|closed|off|delayed|unavailable)\s+"
        r"for\b|\b(?:only|just|merely) a (?:bit|little|touch|tad) (?:of )?(?!more\b)\w+|"
        r"\bno (?:real |lasting )?(?:harm|damage) done\b|"
        r"\b(?:will|'ll|should|usually|normally|just) (?:\w+ )?(?:sort|fix|resolve|clear|right|"
        r"settle) (?:itself|themselves)\b|"
        r"\b(?:a (?:bit|touch|tad|little)|slightly|somewhat) (?:on the )?(?:warm|chilly|cold|cool|"
        r"nippy|hot|stuffy|brown|bumpy|slow|sluggish|patchy|wobbly|noisy|damp|messy)\b|"
        r"\b(?:which|that)(?:'s| is| was) (?:the )?(?:main|important|most important|key) "
        r"(?:thing|part)\b(?=\s*(?:[.,;:!?)]|$|\n|really|after all|in the end))|"
        r"\b(?:which|that)(?:'s| is) (?:all |really )?what (?:really )?"
        r"(?:matters|counts)\b|\bthe part (?:that )?we (?:actually|really) (?:take seriously|"
        r"care about)\b|"
        r"\b(?:it's|it is|it was|that's|only|just|merely) (?:one|two|a couple|a few|\d+) "
        r"(?:\w+ ){0,2}?out of (?:\d+|\w+)\b|"
        r"\ba (?:few|couple of) (?:small |little |tiny |minor )?(?:drips|drops|marks|scratches|"
        r"scuffs|spots|specks|dents|blemishes|crumbs|chips)\b|"
        r"\b(?:that's|that is) (?:just |simply |sort of |kind of )what (?:\w+ ){1,2}(?:does|do)\b|"
        r"\b(?:can|do|will) (?:occasionally|sometimes|now and then|from time to time) happen\b",
        "This downplays the harm it did.",
        "Say plainly what the customer lost or could not do; let them judge the size.",
    ),
    # Abbreviations: a run of consonants ("PCB", "TTFB") is an abbreviation, and one the
    # customer may not know unless it is an everyday one (titles, time zones, banks, bodies).
    Rule(
        "jargon",
        # Not a part of a web or email address ("office@school.sch.uk", "nbs.example/advance").
        rf"(?<![-\d./@])\b(?=[b-df-hj-np-tv-xz]{{3,5}}s?\b(?![-\d]|\.\w))"
        rf"(?!(?:{KNOWN_ABBREVIATIONS})s?\b)"
        r"[a-z]+",
        "An abbreviation the customer may not know.",
        "Spell it out or say what it does in plain words.",
        unless_sentence=FREEPOST_ADDRESS,
        extra={"explained_after": EXPLAINED_AFTER},
    ),
    # The trade words of each kind of business: telecoms, building services, clinics, finance,
    # office IT, retail systems.
    Rule(
        "jargon",
        r"\b(?:backhaul|sip trunks?|ont|onu|pbx|voip|fttc|dslam|line cards?|"
        r"hdpe|mdpe|tmv|ahu|burner controller|pressure relief valve|"
        r"emis|lims|systmone|ehr|"
        r"bacs (?:submission|file|run|bureau)|chaps|(?:debtor )?circulari[sz]ation|"
        r"cut-off testing|accruals|substantive (?:testing|procedures)|"
        r"group polic(?:y|ies)(?: push| update| object)?|domain controllers?|active directory|"
        r"exchange (?:server|database)|mailbox database|pst (?:import|file)|"
        r"pim|(?:product |data |catalogue |price )?feed sync|sync job|wave[- ]planning)\b",
        "A technical term the customer may not know.",
        "Say it in plain words, or explain it right after: 'the phone line into the surgery'.",
        extra={"explained_after": EXPLAINED_AFTER},
    ),
    # Sarcastic asides, mock sympathy, a customer's suggestion thrown back in quotes, and
    # threats of what happens next: each raises the temperature instead of lowering it.
    Rule(
        "escalating",
        r"\bfunnily enough\b|\bbelieve it or not\b|\bsurprise,? surprise\b|\bnews ?flash\b|"
        r"\bshock,? horror\b|\b(?:can't|cannot|can not|don't|do not) read (?:your |people's )?"
        r"minds?\b|\b(?:not|aren't|are not|isn't) (?:\w+ )?mind[- ]readers?\b|"
        r"\b(?:devastated|heartbroken|distraught|gutted|shattered) for you,? (?:truly|really|"
        r"honestly)\b|\bthe part (?:that )?we (?:actually|really) (?:take seriously|care about)\b|"
        r"\bno, (?:we|i) (?:couldn't|could not|can't|cannot|won't|will not) (?:have )?(?:just )?"
        r"[\"\u201c\u2018']",
        "Sarcasm or a jab at the reader inflames rather than calms.",
        "Stay factual and kind: say what we will do next, without comment on how they took it.",
    ),
    # An eye-roll, or an upside-down smile after the customer's own words.
    Rule(
        "escalating",
        r"\U0001f644|['\u2019\"\u201d] ?\U0001f643",
        "Sarcasm or a jab at the reader inflames rather than calms.",
        "Stay factual and kind: say what we will do next, without comment on how they took it.",
    ),
    Rule(
        "escalating",
        r"\b(?:i'll|i will|we'll|we will|i shall|we shall) (?:be )?tak(?:e|ing) (?:this|it|the "
        r"matter|things|that) further\b|\bhearing from (?:my|our) (?:solicitors?|lawyers?|legal "
        r"team)\b|\b(?:my|our) (?:solicitors?|lawyers?|legal team) will be in touch\b|"
        # The reader, or anyone like them, told what will come from our lawyers.
        r"\b(?:you|anyone|anybody|whoever|those)\b[^.!?\n]{0,80}?\b(?:hear|letter|letters|"
        r"correspondence|contact|a call|a claim) (?:\w+ ){0,4}?from (?:my|our) (?:solicitors?|"
        r"lawyers?|legal (?:team|department|representatives?)|attorneys?)\b|"
        r"\b(?:letter|letters|call|correspondence|email)s? (?:you|they) (?:get|receive|hear)\b"
        r"[^.!?\n]{0,30}?\bfrom (?:my|our) (?:solicitors?|lawyers?|legal (?:team|department)|"
        r"attorneys?)\b|"
        r"\b(?:passed|referred|handed|sent) (?:on )?to (?:our |a |an )?(?:(?:debt (?:recovery|"
        r"collection)|collections?) (?:agency|agencies|team|agents?)|debt collectors?)\b|"
        r"\bstraight to (?:our|my) (?:solicitors?|lawyers?)\b|\bserve (?:a |you )?notice to quit\b|"
        r"\bwill result in you being (?:asked to leave|banned|removed|barred)\b|"
        r"\b(?:knowingly|deliberately|falsely) \w+ing\b[^.!?\n]{0,40}\b(?:is|constitutes|amounts "
        r"to) (?:fraud|theft|harassment|an offence|a criminal offence)\b",
        "A threat puts the customer on the defensive.",
        "Say calmly what happens next and why, without a warning aimed at the reader.",
    ),
    # The customer's own chasing told off as useless: "shouting at the driver won't get it to
    # you any faster", "emailing us every hour doesn't help".
    Rule(
        "escalating",
        r"\b(?:shouting|yelling|swearing|ringing|calling|phoning|texting|emailing|messaging|"
        r"chasing|complaining|badgering|pestering|hassling)\b[^.!?\n]{0,60}?\b(?:won't|will not|"
        r"doesn't|does not|isn't going to|is not going to|never) (?:\w+ )?(?:get|make|help|speed|"
        r"change|bring)\b",
        "Telling the customer off for chasing inflames rather than calms.",
        "Say where things stand and when they will hear next; leave out how they asked.",
        unless_sentence=r"\b(?:no need|don't need|do not need|needn't)\b",
    ),
    # Sympathy too big for the harm, said to mock it: "devastated for you, truly".
    Rule(
        "minimising",
        r"\b(?:devastated|heartbroken|distraught|gutted|shattered) for you,? (?:truly|really|"
        r"honestly)\b|\b(?:i'm|we're|i am|we are) sure you(?:'ll| will) (?:survive|cope|live|"
        r"pull through|recover)\b",
        "Sarcasm makes light of what the customer went through.",
        "Say plainly what happened and what we will do, without comment on how they took it.",
    ),
    # hedging, agentless passive
    Rule(
        "hedging_passive",
        r"\b(?:mistakes|errors|errors of judgment|misjudgments|misjudgements)\s+(?:were|have "
        r"been|had been)\s+made\b",
        "'Mistakes were made' hides who made them.",
        "Say who: 'we made a mistake'.",
    ),
    Rule(
        "hedging_passive",
        r"\b(?:an?|some|the|certain|several)\s+(?:\w+\s+)?(?:error|errors|issue|issues|problem|"
        r"problems|incident|glitch|fault|faults|disruption|difficulties|irregularit(?:y|ies)|"
        r"anomal(?:y|ies)|event|situation)\s+(?:has\s+|have\s+|had\s+)?(?:occurred|occured|"
        r"arose|arisen|happened|was encountered|were encountered|was experienced|were "
        r"experienced|took place|developed|emerged|was identified|were identified|was detected|"
        r"were detected|was observed|were observed)\b",
        "This says something happened without saying what, or who did it.",
        "Name the failure and the actor: 'our update broke the login page'.",
    ),
    # An outage or a delay that "occurred", keys that "appear to have been mislaid", a finding that
    # "would therefore appear": what happened, held at arm's length.
    Rule(
        "hedging_passive",
        r"\b(?:an?|some|certain|several)\s+(?:\w+\s+)?(?:outages?|failures?|delays?|breach|"
        r"interruptions?|mix-up|mixup)\s+(?:has\s+|had\s+)?(?:occurred|occured|took place|arose)\b|"
        r"(?<!nothing )\b(?:appear|appears|appeared|seem|seems|seemed) to have been\b|"
        r"\bwould (?:therefore |thus |now )?(?:appear|seem)\b",
        "This says something happened without saying what, or who did it.",
        "Say what happened and who did it: 'we lost the keys', 'our booking site was down'.",
    ),
    # The same, told as a relative clause: "due to an error that occurred during our migration".
    Rule(
        "hedging_passive",
        r"\b(?:an?|some|the|certain)\s+(?:\w+\s+)?(?:error|errors|issue|issues|problem|problems|"
        r"fault|faults|glitch|incident)\s+(?:that|which)\s+(?:has\s+|had\s+)?(?:occurred|occured|"
        r"arose|arisen|happened|took place)\b",
        "This says something happened without saying what, or who did it.",
        "Name the failure and the actor: 'our update broke the login page'.",
    ),
    Rule(
        "hedging_passive",
        r"\b(?:issues|problems|errors|difficulties|disruptions|irregularities)\s+(?:were|have "
        r"been|had been)\s+(?:encountered|experienced|observed|detected|identified|noticed|"
        r"reported)\b",
        "This says something happened without saying what, or who did it.",
        "Say what failed and what it did: 'the checkout rejected every card payment'.",
    ),
    Rule(
        "hedging_passive",
        r"\b(?:some|certain|a (?:small |limited )?(?:number|subset|portion) of|several|a few)\s+"
        r"(?:of (?:our|the)\s+)?(?:users|customers|clients|members|accounts|people|"
        r"subscribers|services|sites|websites)\s+(?:may|might|could)(?: have)?\s+(?:\w+\s+)?"
        r"(?:experienced|noticed|seen|encountered|been|had|received|faced|observed)\b|"
        r"\byou (?:may|might) have (?:\w+\s+)?(?:experienced|noticed|encountered|seen|"
        r"been (?:affected|impacted|inconvenienced))\b|"
        r"\b(?:may|might) have been (?:affected|impacted|experienced|inconvenienced)\b",
        "'May have experienced' hedges what happened.",
        "Say plainly who was affected and how: 'your site was down from 09:12 to 10:40'.",
    ),
    Rule(
        "hedging_passive",
        r"\bit (?:was|has been|had been) (?:decided|determined|deemed|judged|felt|agreed|"
        r"concluded)\b|\ba (?:decision|change|mistake|configuration change|update|error) (?:was|"
        r"has been|had been) (?:made|taken|deployed|pushed|applied|introduced|implemented)\b|"
        r"\b(?:a|the) decision(?: to \w+(?: \w+){0,3})? (?:was|has been|had been) (?:made|taken|"
        r"reached)\b(?! by)|\bfor operational reasons\b",
        "Agentless passive: it hides who decided or did it.",
        "Name who: 'we decided', 'we pushed a change'.",
    ),
    Rule(
        "hedging_passive",
        r"\b(?:was|were|has been|have been)\s+(?:inadvertently|accidentally|mistakenly|"
        r"erroneously|incorrectly|unintentionally|wrongly)\s+(?:\w+ed|sent|shown|made|set|"
        r"run|put|taken|given|left|done)\b",
        "Agentless passive: 'was mistakenly sent' hides who sent it.",
        "Say 'we sent it by mistake'.",
        unless_sentence=r"\b(?:we|i|our)\b",
    ),
    Rule(
        "hedging_passive",
        r"\bthere (?:was|were|has been|have been|had been) (?:an?|some|a few|several|certain)\s+"
        r"(?:\w+\s+)?(?:issue|issues|problem|problems|difficulties|disruption|disruptions|"
        r"irregularities|incident|situation|trouble)\b(?!\s+(?:with|in|on)\s+(?:our|the)\s+\w+"
        r"\s+(?:that|which|from|between))",
        "'There was an issue' hides what happened.",
        "Say what broke and when: 'our mail server stopped accepting email at 09:12'.",
        unless_text=r"\b(?:we|our)\s+(?:\w+\s+)?(?:change|update|mistake|error)\b.{0,40}\b"
        r"(?:caused|broke|sent|deleted)",
    ),
    Rule(
        "hedging_passive",
        r"\b(?:experienced|experiencing) (?:\w+ ){0,2}?(?:some |certain |intermittent |technical |"
        r"minor |"
        r"temporary )*(?:issues|difficulties|problems|disruptions?|degradation|"
        r"irregularities|challenges)\b|\btechnical difficulties\b|\bunforeseen (?:issues|"
        r"circumstances|technical)\b|\bservice (?:degradation|disruption)\b",
        "Vague wording hides what actually happened.",
        "Say what failed, for whom and for how long.",
    ),
    Rule(
        "hedging_passive",
        r"\b(?:has|have|had|was|were|is|are)\s+(?:been\s+|being\s+)?(?:observed|identified|"
        r"established|determined|applied|experienced|"
        r"addressed|looked at|evaluated|"
        r"performed|tuned|monitored|introduced|detected|drained|prepared|remediated|mitigated|"
        r"brought to|found to|believed)\b|\bit has come to (?:light|our attention)\b|"
        r"\bit (?:seems|appears)\b|\bmay (?:have been|not have been|have) \w+[^e\W]ed\b|"
        r"\b(?:a|an) (?:\w+ )?(?:mix-up|mixup|error|mistake) was made\b|\bcorrective action\b|"
        r"\bappropriate steps\b|\bmitigations\b|\bchanges were made\b",
        "Agentless or hedged wording hides who did what, or what happened.",
        "Say who did what, plainly: 'we changed the setting', 'your site was down'.",
        # "No inspection could have detected it" is active, with its subject named.
        unless_sentence=rf"\b(?:we|i|our)\b|{FOUND_BY}|\b(?:could|would|should|might)(?: \w+)? "
        r"have (?!been\b)\w+ed\b",
    ),
    Rule(
        "hedging_passive",
        r"(?<!\d )\b(?:may|might)(?: not)? have (?:been )?(?:\w+[^e\W]ed|\w+able|involved|seen|"
        r"sent|shown|hit|lost)\b|(?<!\d )\b(?:may|might) be (?:\w+ing|affected|impacted)\b|"
        r"\b(?:affecting|impacting) (?:some|certain|a (?:small |limited )?number of|a subset of|"
        r"a limited)\b|\bas more information becomes available\b|\bsuspicious activity\b|"
        r"\bwe take the (?:security|privacy)\b|\bout of an abundance of caution\b|"
        r"\b(?:has|have) since been addressed\b|"
        # What is being given out to people is a thing done for them, not a hedge.
        r"\bis being (?!(?:handed|given|offered|provided|distributed|supplied|arranged|"
        r"organi[sz]ed|"
        r"returned|refunded|sent|paid|credited|restored|repaired|replaced|fitted|"
        r"installed|rebuilt|reinstalled|relaid|re-laid|reconnected|dispatched|delivered|posted|"
        r"reprinted|reissued|resent|re-sent)\b)"
        r"(?:\w+ed|looked into)\b",
        "Hedged wording hides what happened and to whom.",
        "Say plainly what happened and who was affected: 'your invoices were visible to one "
        "other account from 09:00 to 11:00'.",
        unless_sentence=OTHERS_MAY,
    ),
    # "For any inconvenience this may cause": the harm hedged in the future tense, as if it
    # might not happen; and a delay put down to no one ("has been pushed back").
    Rule(
        "hedging_passive",
        r"\bfor any (?:\w+ ){0,2}?(?:inconvenience|disruption|distress|disappointment|upset|"
        r"trouble|difficult(?:y|ies)|problems?|delays?|confusion|frustration|concern|worry|harm|"
        r"impact) (?:that )?(?:this|that|it|which|these|they) (?:may|might|could) (?:cause|bring|"
        r"create|mean)\b",
        "'Any inconvenience this may cause' hedges a harm we know it does.",
        "Say what it did and own it: 'we are sorry our closure spoils your plans'.",
    ),
    Rule(
        "hedging_passive",
        r"\b(?:has|have|had) been (?:pushed back|postponed|deferred|put back|put on hold|"
        r"moved back)\b",
        "Agentless passive: it hides who delayed it, and why.",
        "Say who decided and why: 'we have moved your appointment because we are short-staffed'.",
        unless_sentence=r"\b(?:we|i|our|us|by)\b",
    ),
    # vague time
    Rule(
        "vague_time",
        r"\b(?:soon|shortly|asap|eventually(?! (?:came|went|was|were|got|recovered|restored))|"
        r"get round to|when (?:he|she|they|it) gets?\b|as (?:more )?(?:information|details|updates|"
        r"they|it) (?:becomes?|is|are) available|"
        r"(?:once|when) we know more|at a later date|as soon as (?:possible|we can|we're able|we ar"
        r"e able|feasible|"
        r"practicable|it is|it's)|in the near future|in due course|at some point (?:soon|later|next"
        r")|"
        r"in a (?:little |short )?while|in a bit(?! of)|before you know it|in no time|"
        r"before (?:too )?long|at the earliest (?:opportunity|"
        r"convenience)|"
        r"in the (?:coming|next few) (?:days|weeks|hours)|sometime|some time (?:soon|later|"
        r"next)|(?:very|really) soon|any (?:minute|moment|day|time) now|when we can|"
        r"when possible|as quickly as (?:possible|we can)|imminently)\b",
        "A promise without a time: the customer cannot plan around 'soon'.",
        "Give a real time, even a conservative one: 'by 14:00 UTC', 'within 2 working days'.",
        unless_sentence=CONCRETE_AHEAD,
        # "We remade it as soon as you said" tells when it was done, not a promise.
        extra={
            "not_at": r"(?:soon|shortly) (?:after|before|afterwards|thereafter)\b|soon as (?:you|"
            r"he|she|they|we|i|it) (?:\w+ )?(?:said|told|asked|saw|noticed|called|rang|mentioned|"
            r"pointed|spotted|arrived|came|heard|found|realised|realized|knew|reported|raised|"
            r"flagged|complained|emailed|wrote|was|were)\b"
        },
    ),
    # A time left open in so many words ("ETA TBC"), and a promise bound to what we learn,
    # which a day named as its subject ("about Thursday") does not make any more definite.
    Rule(
        "vague_time",
        r"\b(?:tbc|tba|tbd)\b|\b(?:eta|date|dates|time|times|timing|timescale|timetable|details)\b"
        r"[^.!?\n]{0,40}?\bto be (?:confirmed|announced|determined|advised|agreed)\b|"
        r"\b(?:once|when|as soon as) (?:we|i) (?:know|hear|learn|have|find out|get) (?:\w+ )?"
        r"(?:more|anything|something|news|back)\b",
        "A promise without a time: the customer cannot plan around it.",
        "Give a real time, even a conservative one: 'by 14:00 UTC', 'within 2 working days'.",
        unless_sentence=r"\b(?:by|before|no later than|at the latest|within|next update|until)\b|"
        r"\bat (?:\d|noon|midday)|\b(?:today|tonight|this (?:morning|afternoon|evening))\b",
    ),
    # defensive
    Rule(
        "defensive",
        r"\bto be fair\b|\bin (?:all )?fairness\b|\bin our defen[cs]e\b|\bto our credit\b|"
        r"\b(?:this|it|that|such (?:a|an) \w+|outages like this)\s+(?:almost never|very rarely|"
        r"hardly ever|rarely|seldom|(?:is|was) (?:extremely |very )?rare)\b|\balmost never "
        r"happens\b|\bonce in a (?:blue moon|long while)\b|"
        r"\b(?:our )?uptime (?:is|remains|was|has been|stays|of)\s+(?:still\s+)?(?:above\s+|over\s+"
        r")?"
        r"\d|\b(?:excellent|strong|good|outstanding|impeccable|spotless|100\s?%)\s+(?:[\w-]+\s+)?"
        r"(?:track record|record|reliability)\b|\bwithout a single (?:\w+ )?(?:complaint|problem|"
        r"issue|missed \w+|incident|error|failure|fault)\b|"
        r"\bas (?:clearly |explicitly |plainly )(?:stated|stipulated|outlined|explained|described|"
        r"mentioned|written|set out|shown|marked|signposted|displayed|indicated)\b|"
        r"\b(?:not|never) (?:be )?(?:held )?(?:liable|legally responsible)\b|\bno liability\b|"
        r"\bcannot be held (?:liable|responsible)\b|\b(?:any|limit\w*|exclud\w*|accept|admit\w*) "
        r"liability\b|"
        r"\b(?:no one|nobody|no-one) could have (?:foreseen|predicted|anticipated|prevented|"
        r"known|expected)\b|\bcould not (?:possibly )?have (?:been )?(?:foreseen|predicted|"
        r"anticipated|prevented|known)\b|\bunforeseeable\b|"
        r"\bindustry[- ](?:standard|norm|best practice|practice)s?\b|\bwe (?:did|followed|do) (?:ev"
        r"erything|all) (?:right|correctly|by the book|"
        r"that was)\b|\bwe followed (?:all |every |the )?(?:\w+\s+)?(?:procedures?|protocols?|"
        r"processes|best practices|rules)\b|\bby the book\b|\bnot our (?:fault|mistake|doing|"
        r"problem)\b|\bwe (?:did nothing|didn't do anything|did not do anything) wrong\b|"
        r"\b(?:all|other|many|every) (?:providers|companies|hosts|services|businesses)\s+"
        r"(?:have|face|experience|suffer)\b|\bhappens to (?:everyone|every|all|the best)\b|"
        r"\btechnically(?:,)? (?:we|it|this|the)\b|\bit should be (?:noted|pointed out|said)\b|"
        r"\bwe would (?:like to )?(?:point out|stress|remind you|note)\b|\bcontrary to\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, that it is ours, and what we do now.",
    ),
    Rule(
        "defensive",
        r"\bwe (?:are|were) not (?:responsible|to blame|at fault|accountable)\b|"
        r"\b(?:as )?(?:stated|stipulated|outlined|set out|written|described) in (?:our|the|your) "
        r"(?:\w+ )?(?:terms|agreement|contract|sla|t&cs|conditions|policy|documentation|docs)\b",
        "This argues our case instead of owning the failure.",
        "Say what happened and what we will do; the terms can wait for a question.",
        skip_kinds=("boundary",),
    ),
    Rule(
        "defensive",
        r"\b(?:system|platform|api|app|software|process)\s+(?:\w+\s+)?(?:works|worked|behaves|"
        r"behaved|is working|was working)\s+(?:\w+\s+)?(?:as designed|as documented|perfectly|"
        r"exactly|fine|correctly|as intended)\b|\bas (?:designed|documented)\b|"
        r"\b(?:stated|explained|described|posted|clearly|set out)\s+(?:\w+\s+)?(?:on|in|at) "
        r"(?:page|section|step|clause|paragraph|every|the onboarding|our help|checkout)\b|"
        r"\bas stated at\b|"
        r"\b(?:it must be said|it should be (?:emphasi[sz]ed|stressed)|it's worth remembering|"
        r"it is worth (?:noting|remembering)|please note that)\b|\b(?:above|below) the industry\b|"
        # Thousands served is our record held up; thousands disrupted is the outage's reach.
        r"\bamong the best\b|(?<!disrupted )(?<!affected )(?<!impacted )(?<!hit )"
        r"\b(?:thousands|hundreds) of\b(?! (?:you|other|others|them)\b)|"
        r"\bcannot be expected\b|\b(?:can't|cannot|can not) be held\b|\bno obligation\b|"
        r"\bdidn't do anything wrong\b|\b(?:fully )?(?:compliant|accredited|audited)\b|"
        r"\bcould not reasonably\b|\b(?:exceedingly|extremely|very) rare\b|\bare rare\b|"
        r"\bevery serious \w+\b|\blike every other\b|\bgood reasons?\b|\bstandard practice\b|"
        r"\bindustry (?:average|tolerances?|norms?)\b|\bmatter (?:is )?closed\b|"
        r"\bend of discussion\b|\bwe are not going to\b|\bwe don't make exceptions\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        # "The old system worked fine; the mistake was in how we moved off it" owns it.
        unless_sentence=OWNED,
    ),
    Rule(
        "defensive",
        r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:by us|by the (?:club|school|shop|company|team)|"
        r"our (?:fault|doing|problem|issue|mistake|responsibility)|caused by us|"
        r"the [\w']+ (?:problem|fault|issue)|an? (?!(?:serious|big|major|huge|real|significant|"
        r"widespread|minor|small|new|known|common|one-off|isolated|tem"
        r"porary|simple|quick|trivial|single)\b)"
        r"[\w-]+ (?:issue|problem|fault|error|mistake|bug|failure|breach)|"
        r"your (?:it|tech|support) department)\b|"
        r"\b(?:we|i)(?:'ve| have)? (?:now |already |repeatedly )?(?:said|told|explained|informed|"
        r"warned)\b[^.!?\n]{0,40}\b(?:before(?![ \t]+\w)|already|twice|times|repeatedly|many)\b"
        r"(?! (?:it|that|we|this) (?:would|will|was going to)\b)|"
        r"\b(?:actually|as) our (?:records|logs|audit log) (?:clearly )?show|"
        r"\bour (?:records|logs|audit log) clearly show|\bcompared (?:to|with) other\b|"
        r"\bbetter than (?:most|others|many)\b|"
        # "Unprecedented demand" puts the cause on demand: an excuse, not an argument.
        r"\bunprecedented\b(?! (?:demand|traffic|volumes?|numbers?|levels? of))|"
        r"\bno (?:\w+ )?could have (?:planned|foreseen|predicted|prevented)\b|"
        r"\bnot worth getting\b|\bwe (?:really )?don't appreciate\b",
        "This denies or argues instead of owning what happened.",
        "Say what happened and what we will do; if part of it was not ours, say so once, calmly.",
    ),
    # A flat "It wasn't." denies; "it should have been delivered, and it wasn't" and "told it
    # was empty when it wasn't" own the failure.
    Rule(
        "defensive",
        r"(?<!when )(?<!if )\bit (?:isn't|is not|wasn't|was not)\s*[.!]",
        "This denies instead of owning what happened.",
        "Say what happened and what we will do; if part of it was not ours, say so once, calmly.",
        unless_sentence=r"\b(?:should|would|promised|told|expected|due)\b",
    ),
    # escalating
    Rule(
        "escalating",
        r"!{2,}|\?!|!\?",
        "Repeated exclamation marks raise the temperature.",
        "Use a full stop; calm words carry more weight.",
    ),
    Rule(
        "escalating",
        r"\bcalm down\b|\bas (?:we|i) (?:have )?(?:already|previously|repeatedly|clearly) "
        r"(?:told|said|explained|informed|stated|mentioned|pointed out)\b|\bas (?:we|i) (?:have )?"
        r"(?:told|said|explained) (?:you )?(?:before|several times|many times|repeatedly|"
        r"twice|already)\b|\byou (?:clearly|obviously|evidently|apparently) (?:did not|didn't|"
        r"have not|haven't|do not|don't|never|failed|cannot|can't|chose)\b|"
        r"\b(?:if you had|had you|if you'd) (?:bothered|cared|taken the time)\b|\bfor the (?:last|"
        r"final|hundredth|third) time\b|\bonce (?:and for all|again,? we (?:must|have to))\b|"
        r"\b(?:read|check) (?:the|our|your) (?:\w+\s+)?(?:properly|carefully|again)\b|"
        # "Reply and we'll cancel your place" does what they ask; cancelling the account threatens.
        r"\b(?:we will|we'll|we may|we reserve the right to) (?:(?:terminate|suspend|close|cancel|"
        r"block|ban) (?:your(?! (?:place|booking|order|appointment|ticket|reservation|seat|visit)s?"
        r"\b)|you|this account|the account|access)|take legal action|involve our lawyers)\b|"
        r"\blegal action\b|"
        r"\b(?:yeah|oh) (?:right|sure|great)\b|\bgood luck with\b|\bnot our problem\b|"
        r"\bwhat (?:exactly )?did you expect\b|\bwhat else you expected\b|"
        r"\bwhat could possibly go wrong\b|\bi'm sure (?:you'll|you will) survive\b|"
        r"\bi'm sure (?:that|it) (?:seemed|felt|sounded) like a\b|\blighten up\b|"
        r"\b(?:relax|chill out|calm yourself),|\btake it or leave it\b|\bstop spamming\b|"
        r"\b(?:don't|do not) appreciate (?:the|your) tone\b|\bwhat exactly would you have had\b|"
        r"\bseriously\?|\bhow many times (?:do|have|must|did|will|are) (?:i|we|you)\b|"
        r"\b(?:frankly|honestly),? (?:we|i) (?:are|am) (?:tired|fed up|surprised)\b|"
        r"\bwith all due respect\b|\bwhat a (?:tragedy|disaster|catastrophe|shame)\b|"
        r"\btruly a (?:catastrophe|tragedy|disaster)\b|\boh dear\b|\bwe(?:'re| are) (?:thrilled|"
        r"delighted) (?:that )?you\b|\blike a grown-up\b|\bworks wonders\b|\bperhaps (?:try|you "
        r"could)\b|\bmaybe (?:try|check)\b|\bwe'll try to recover\b",
        "This inflames rather than calms.",
        "Stay factual and kind: say what we will do next, without pointing at the reader.",
    ),
    Rule(
        "escalating",
        r"\b[A-Z]{2,}(?:['\u2019][A-Z]+)?\b(?!-?\d)",
        "Capitals read as shouting.",
        "Write the word in normal case; let the facts carry the emphasis.",
        case_sensitive=True,
        # The word a customer is asked to send back ("reply YES to keep it") is a keyword.
        extra={
            "not_at": r"(?:(?<=reply )|(?<=text )|(?<=type )|(?<=send )|(?<=send us )|"
            r"(?<=text us )|(?<=reply with )|(?<=answer )|(?<=text back ))(?:yes|no|stop|ok|"
            r"help|start|confirm|cancel|keep)\b"
        },
    ),
    # Exasperation and put-downs: counting how often we have had to explain, belittling what
    # the reader went through, warning them off writing again.
    Rule(
        "escalating",
        r"\bthe (?:second|third|fourth|fifth|sixth) time (?:we|i) (?:have|'ve) (?:explained|told|"
        r"written|said|answered|replied)\b|\b(?:explained|told you|said|answered) (?:this |it |"
        r"that )?(?:two|three|four|five|several|many|multiple) times\b|\b(?:i|we)(?:'ve| have) "
        r"now (?:had|received) (?:two|three|four|five|six|several|\d+) (?:emails|messages|calls|"
        r"letters|complaints) from you\b|\b(?:our|my) (?:previous|last) (?:two|three|four|five|"
        r"several) (?:emails|messages|replies|letters)\b|\ball (?:two|three|four|five|six) of "
        r"them\b|\bnot sure what (?:else|more) you (?:want|expect)|\bwhat (?:else|more) do you "
        r"(?:want|expect)\b|\b(?:you|to) actually read\b|"
        r"\bmak(?:e|es|ing) (?:it|this|them|us) out to be\b|"
        r"\bnot (?:miracle workers|mind[- ]readers|magicians)\b|\b(?:can't|cannot) (?:perform|work|"
        r"do) miracles\b|\b(?:anyone's|nobody's|no one's) "
        r"(?:life|day|week) (?:has been|was|is) ruined\b|\blife-changing tragedy\b|"
        r"\bwhat a (?:mystery|surprise)\b|\bwell,? here we are\b|\ball of (?:a |an |one |two |"
        r"three |five |ten |fifteen |twenty |thirty |\d+ )(?:seconds?|minutes?)\b|\bi'm sure "
        r"(?:you|your \w+) (?:survived|coped|managed|will survive|'ll survive)\b|"
        r"\b(?:abusive|offensive|threatening|rude|aggressive) (?:\w+ )?(?:messages|communications|"
        r"correspondence|language|behaviour|behavior|emails|calls)(?: [\w']+){0,4} will\b|"
        r"\b(?:further|any more|any further) (?:messages|emails|calls|correspondence) "
        r"(?:of (?:this|that|the) (?:kind|nature|sort)|like (?:this|that|yours))\b|"
        r"\bin that (?:manner|tone|way) again\b|"
        r"\bbefore (?:contacting|emailing|calling|messaging|writing to) us again\b|"
        r"\bperhaps next time (?!we\b|i\b)|\bnot (?:open-heart surgery|rocket science|brain "
        r"surgery)\b|\bi'm sure you know best\b|\b(?:a real|a genuine|an absolute|a true) "
        r"(?:catastrophe|tragedy|disaster)\b|\b(?:hope|sure) you(?:'ll| will) survive\b|"
        r"\bany (?:faster|quicker|sooner)\b[^.!?\n]{0,30}\b(?:because you|by (?:ringing|calling|"
        r"emailing)|just because)\b|\bjust because you keep\b|\bwon't have made it\b|"
        r"\bsomehow everyone else\b|\bbut sure, (?:it's|it is|blame)\b|\binteresting that you\b",
        "This belittles the reader or warns them off instead of answering them.",
        "Answer the point once, plainly; leave out the count, the comparison and the warning.",
    ),
    # jargon
    Rule(
        "jargon",
        r"\b(?:bgp|route leak|oom(?:-killed| killed| killer)?|out of memory killer|kubernetes|"
        r"k8s|pods? (?:crashed|restarted|evicted|(?:was|were|got) (?:evicted|restarted|killed|"
        r"oom))|ingress|egress|"
        r"http (?:5\d\d|4\d\d)s?|5\d\d errors|5xx|(?<!\d )(?:502|503|504)s?|ttl|"
        r"dns (?:ttl|propagation|resolvers?|resolution|records?|zone)|raid(?:\s?\d+)?|"
        r"degraded array|array degraded|race condition|queue consumers?|message queue|"
        r"load[- ]balancers?|cdn|edge nodes?|cluster nodes?|storage nodes?|node pool|"
        r"tls handshake|ssl handshake|cron(?: ?jobs?)?|deadlocks?|replication lag|replicas?|"
        r"failover|fail-over|hypervisors?|kernel panic|segfaults?|segmentation fault|nfs|iscsi|"
        r"database cluster|shards?|sharding|primary database|mx records?|spf|dkim|dmarc|"
        r"api gateway|rate[- ]limit(?:ing|er)|microservices?|etcd|redis|memcached|"
        r"postgres(?:ql)?|mysql|mariadb|inodes?|lvm|zfs|vlans?|anycast|latency spikes?|"
        r"packet loss|stack trace|null pointer|cpu steal|iops|split[- ]brain|quorum|"
        r"cache invalidation|cname|dns a records?|a records? point\w*|config drift|"
        r"memory leak|thread pool|tcp|udp|"
        # A supplier "upstream" of us is plain enough; upstream latency or an upstream app is not.
        r"ipv6|bgp session|peering|upstream(?! (?:[\w-]+ ){0,2}?(?:providers?|suppliers?|carriers?|"
        r"partners?|compan(?:y|ies)|vendors?)\b)|backend|back-end|vms?|disk i/?o|i/o|"
        r"connection pool|schema migration|hotfix|deploy(?:ment)? pipeline|ci/cd|"
        r"certificate chain|cert(?:ificate)? rotation|mtu|firewall rules?|ddos mitigation|waf|"
        r"garbage collection|gc pauses?|index(?:es)? rebuild|checksums?|hash mismatch|"
        r"bit rot|raid controller|storage controller|fibre channel|switch fabric|"
        r"spine switch|top[- ]of[- ]rack|core router|uplink|transit provider|kernel|daemon|"
        r"systemd|nginx|apache|haproxy|varnish|php-fpm|worker process(?:es)?|queue backlog|"
        r"idempotency|sidecar|service mesh|terraform|ansible|helm chart|docker|"
        r"image registry|container (?:image|registry|orchestration)|smtp|imap|pop3|oauth|"
        r"(?:access|auth|api|session|bearer|oauth) tokens?|webhooks?|headless|revalidation|"
        r"sequential scan|deadlock\w*|"
        r"postfix|rspamd|dovecot|iframe|headers?|redirect loop|apex domain|canonical tags?|"
        r"crawl budget|deindex\w*|kafka|consumer lag|composite index|hypervisors?|"
        r"virtio\w*|driver regression|regression|flapping|aggregation switch\w*|transit links?|"
        r"latency|lock contention|autovacuum|endpoints?|leader elections?|"
        r"connection pool|exhaustion|p9\d|[45]\d\d(?:s| errors?| responses?| conflicts?| status)|"
        r"(?<!@)\w+_\w+|\.htaccess|\w+\.(?:lock|json|ya?ml|conf|ini|php|js|py|sh|sql)|"
        # A caching plugin is one the site's owner installed and knows; Sentinel is also a brand.
        r"sentinel (?:failover|nodes?)|keyspace|mx\d|vhosts?|stapling|handshake|nodes?|"
        r"caching(?! plugins?\b)|cors|availability zones?|subrogat\w+|"
        r"preflight|api gateway|wal|replay lag)\b",
        "A technical term the customer may not know.",
        "Say it in plain words, or explain it right after: 'the server ran out of memory'.",
        extra={"explained_after": EXPLAINED_AFTER},
    ),
    # Broader phrasings, written from each anti-pattern's idea rather than from any one message.
    Rule(
        "blame_shifting",
        rf"\b(?:a|an|the|our|one of our|its|their)\s+(?:[\w-]+\s+){{0,3}}?{OUTSIDER}s?(?:'s?)?\s+"
        r"(?:\w+\s+){0,2}?(?:experienced|suffered|had (?:an?|some)|failed|went down|went offline|"
        r"made an?|lost|introduced|pushed|delayed|did not|didn't|misrouted|was unable|started|"
        r"were unable|could not|couldn't|encountered|caused|broke|dropped|missed|mislabell?ed|"
        r"let us down|is investigating|are investigating|was hit|were hit|was down|were down|"
        r"was unreliable|were unreliable|buckled|collapsed|crashed|fell over|gave way|gave out|"
        r"choked|ground to a halt|keeled over|seized up)\b|"
        r"\b(?:issue|issues|problem|problems|outage|failure|fault|error|incident|bug|delay|delays|"
        r"disruption|breach|change)\s+(?:at|with|in|on the side of|affecting|from|within|by|on)\s+"
        rf"(?:(?:a|an|the|one of our|our)\s+)?(?:(?!your\b)[\w-]+\s+){{0,3}}?{OUTSIDER}s?\b|"
        rf"\b(?:we|i) (?:were|was) (?:let down|failed) by\b",
        "The cause is put on someone outside, as an excuse.",
        "Name them as a fact and still own it: 'our supplier's system failed and we had no "
        "fallback; that is on us'.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        # Pleased "with the record number of bookings", a busy day is news, not an excuse.
        r"(?<!with the )(?<!with a )\b(?:unprecedented|record-breaking|unexpected(?:ly)?(?: high)?|"
        r"exceptional"
        r"(?:ly high)?|unusual(?:ly "
        r"high)?|extraordinary|record|higher[- ]than[- ](?:expected|usual|normal|anticipated)|"
        r"extremely high|unusually high|huge|massive|overwhelming|sudden)\s+(?:levels? of |"
        r"spikes? in |surges? in |increases? in )?(?:demand|traffic|volumes?|load|interest|"
        r"number of (?:orders|requests|calls|visitors|bookings|users))\b|"
        r"\bcircumstances (?:beyond|outside)\b|\bbeyond (?:anyone's|anybody's) control\b|"
        r"\bforce majeure\b|\bacts? of god\b|\b(?:severe|extreme|adverse|bad|freak|"
        r"exceptional) weather\b|\bindustrial action\b|\bsupply[- ]chain (?:issues|problems|"
        r"disruption|delays|shortages)\b|\bglobal (?:shortage|outage)\b|\buser error\b|"
        r"\b(?:incorrect|wrong|invalid|outdated|incomplete) "
        r"(?:\w+ )?(?:details|information|settings|configuration|address|data|credentials|"
        r"password|email address) (?:you|that you|entered|provided|supplied|given)\b|"
        r"\byour (?:own )?(?:it (?:team|department|provider)|network|firewall|email provider|isp|"
        r"bank|browser|device|antivirus|spam filter|internet connection|router|setup|"
        r"configuration|card issuer)\s+(?:\w+\s+){0,2}?(?:blocked|caused|failed|rejected|"
        r"flagged|declined|filtered|is to blame|was to blame|stopped|prevented)\b",
        "The cause is put on circumstances or on the customer, as an excuse.",
        "Say what we could have done and what we do now; if something is theirs to do, say so "
        "calmly and offer help.",
        unless_text=OWNED,
    ),
    # In a boundary, what is "on your side" is the agreement stated; "nothing to do on your
    # side" reassures.
    Rule(
        "blame_shifting",
        r"\b(?:on|from|at) your (?:end|side)\b",
        "The cause is put on the customer's side.",
        "If it is theirs to do, say so calmly by their agreement and offer help; own what was "
        "ours.",
        unless_sentence=r"\bnothing\b|\bno (?:action|need)\b",
        unless_text=OWNED,
        skip_kinds=("boundary",),
    ),
    Rule(
        "blame_shifting",
        r"\b(?:a|an|one|one of our)\s+(?:new\s+|junior\s+|individual\s+)?(?:member of (?:our )?"
        r"(?:staff|team)|employee|agent|representative|individual|driver|courier|staff member|"
        r"team member|operator|person)s?\s+(?:\w+\s+)?(?:failed|did not|didn't|forgot|"
        r"mistakenly|incorrectly|accidentally|wrongly|entered|deleted|ignored|misread|"
        r"misunderstood|ran|clicked|sent|made)\b",
        "The mistake is put on one person.",
        "Own it as a business: 'we sent it to the wrong list, and our process let it happen'.",
        unless_text=OWNED,
    ),
    Rule(
        "minimising",
        r"\b(?:a|an)\s+(?:very\s+|relatively\s+|extremely\s+)?(?:small|tiny|limited|minor|"
        r"modest|low|handful|minimal)\s+(?:number|subset|percentage|proportion|share|portion|"
        r"fraction|minority|group|set|amount|handful|selection)\b|\ba handful of\b|"
        r"\b(?:only|just)\s+(?:a\s+)?(?:few|fraction|small|tiny|minority|subset|handful|"
        r"limited)\b|\b(?:less|fewer) than (?:\d+(?:\.\d+)?\s?%|one|1|a (?:tenth|fraction|"
        r"handful|few))\b|\b(?:largely|mostly|broadly|generally|overwhelmingly) (?:unaffected|"
        r"unaffected|fine|normal|working|available|operational)\b|"
        r"\b(?:most|the (?:vast |overwhelming )?majority of) (?:our )?(?:customers|users|"
        r"clients|accounts|members|services|orders|people)\s+(?:were|was|are|remained|saw|"
        r"experienced)\s+(?:not|no|un\w+|fine|normal)\b|"
        r"\b(?:slight(?:ly)?|marginal(?:ly)?|mildly|somewhat) (?:delayed|slower|degraded|"
        r"reduced|elevated|increased|longer|late|affected|impacted|disrupted|inconvenien\w+)\b|"
        r"\b(?:momentary|brief|short|fleeting|temporary|transient|passing)\s+(?:\w+\s+)?(?:"
        r"interruption|outage|pause|loss|dip|slowdown|slow-down|delay|disruption|unavailability|"
        r"downtime|period|window|spike|degradation)\b|\ba (?:matter|couple) of (?:seconds|"
        r"minutes|moments)\b|\b(?:lasted|took) (?:only|just|merely|a mere)\b|\ba mere\b|"
        r"\b(?:little|low|limited|minimal|no real) (?:or no )?(?:impact|effect|disruption|risk)\b|"
        # The harm said to have stopped short: "the delay was limited to just two days".
        r"\b(?:delay|outage|disruption|downtime|impact|interruption|damage|effect)s? (?:was|were|"
        r"has been|had been|remained) (?:\w+ )?(?:limited|restricted|confined|kept) to (?:just|"
        r"only|a mere|a few|a couple of|under|less than|no more than)\b",
        "This downplays the harm it did.",
        "State the facts without shrinking them: who was affected, for how long, and what they "
        "could not do.",
        unless_sentence=rf"{SIZE_DENIED}|{TRIED_ON_FEW}",
    ),
    Rule(
        "hedging_passive",
        r"\b(?:customers|users|clients|accounts|merchants|services|requests|transactions|"
        r"some|many|a number)\s+(?:\w+\s+){0,6}?(?:were|was|have been|had been|are being)\s+"
        r"(?:\w+ly\s+)?impacted\b|"
        r"\b(?:issue|problem|error|bug|fault|cause|root cause|misconfiguration|change|outage|"
        r"disruption|degradation|incident|anomaly|vulnerability|failure|behaviou?r|"
        r"adjustment|decision)s?\s+"
        r"(?:\w+\s+){0,2}?(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:identified|"
        r"observed|detected|discovered|found|noticed|encountered|experienced|introduced|"
        r"triggered|made|deployed|applied|pushed|seen)\b(?! by (?:our|us|me|one of))|"
        r"\bit (?:was|has been|had been) (?:discovered|found|noticed|identified|observed|"
        r"established|confirmed|brought to (?:our|my) attention)\b|"
        r"\b(?:steps|measures|action|actions|precautions) (?:have been|were|are being|will be|"
        r"has been) (?:taken|put in place|implemented|initiated)\b|"
        r"\b(?:may|might|could) have (?:been )?(?:had|seen|noticed|been unable|found|received|"
        r"lost|experienced|encountered|accessed|viewed|exposed|impacted|affected|disrupted|"
        r"delayed|missed)\b|\bmay (?:or may not )?have\b|"
        r"\b(?:could|can)(?:not|n't| not) be (?:processed|completed|fulfilled|honou?red|actioned|"
        r"issued|located|verified|confirmed|applied)\b",
        "Agentless or hedged wording hides what happened, to whom, or who did it.",
        "Say it in the active voice with the facts: 'our change broke payments for your shop'.",
        unless_sentence=r"\b(?:we|i)\b|\bby (?:us|our|me)\b|" + OTHERS_MAY,
    ),
    Rule(
        "vague_time",
        # "What we failed to do was keep you informed" owns a past failure; it promises nothing.
        r"(?<!\bwas )(?<!failed to )(?<!\bdid not )(?<!\bdidn't )"
        r"\bkeep (?:you|everyone|all (?:customers|of you)) (?:posted|updated|informed|in the loop)"
        r"\b|\b(?:further|more) (?:updates|information|details|news) (?:will follow|to follow|"
        r"(?:will be|to be) (?:shared|provided|posted|published))\b|"
        r"\b(?:once|when|after|as soon as) (?:we have|we've|we get|we receive|the investigation|"
        r"our investigation|the review|our review|we learn|more is known|it is resolved|"
        r"we(?:'re| are) (?:able|confident|ready|sure)|we know|things|everything|the work)\b|"
        r"\bas (?:the|our) (?:investigation|work|review) (?:progresses|continues|proceeds)\b|"
        r"\bin a timely (?:manner|fashion)\b|\bwithout (?:undue |further |unnecessary )?delay\b|"
        r"\bat (?:the|our) earliest\b|\b(?:over|within|during|in) the (?:coming|"
        r"next (?:few|several|couple of)|following) (?:days|weeks|hours|months)\b|"
        r"\bin the (?:days|weeks|months) (?:ahead|to come)\b|\bas (?:fast|quickly|early) as "
        r"(?:we|possible|practical)\b|\b(?:we'll|we will|i'll|i will) (?:be in touch|get back to "
        r"you|follow up|update you|let you know|circle back|come back to you|reach out)\b",
        "A promise without a time: the customer cannot plan around it.",
        "Give a real time, even a conservative one: 'by 14:00 UTC', 'within 2 working days'.",
        unless_sentence=CONCRETE,
    ),
    Rule(
        "defensive",
        r"\bisolated (?:incident|event|case|issue|occurrence|error)\b|\bindustry[- ]leading\b|"
        r"\bbest[- ]in[- ]class\b|\bworld[- ]class\b|\bhighest (?:possible )?(?:standards?|"
        r"levels? of)\b|\bour (?:\w+ )?(?:rigorous|robust|stringent|strict|extensive|"
        r"comprehensive|high|usual|exacting|proven|careful) (?:\w+ )?(?:standards|testing|"
        r"processes|procedures|controls|checks|safeguards|security|quality)\b|"
        r"\bdespite (?:our|all our|the) (?:\w+ ){0,3}?(?:testing|checks|safeguards|processes|"
        r"efforts|precautions|measures|planning|monitoring)\b|"
        r"\b(?:we|i) take (?:\w+ ){0,3}?(?:security|privacy|safety|protection|reliability|trust|"
        r"concerns?|complaints?|obligations?|responsibilit(?:y|ies)|data|quality|feedback)\b"
        r"(?: \w+){0,3}? (?:very |extremely |incredibly |most |so )?seriously\b|"
        r"\b(?:security|privacy|safety|"
        r"reliability|quality|trust)\s+(?:is|are|has always been|remains) (?:our |always our )?"
        r"(?:top|highest|number one|first|utmost|paramount)\b|"
        r"\b(?:performed|behaved|functioned|worked|operated|responded) (?:exactly |entirely )?"
        r"as (?:expected|intended|designed)\b|\bas intended\b|"
        r"\b(?:through )?no fault (?:of|on) (?:our|ours)\b|\b(?:not|no) (?:a |an )?(?:\w+ )?"
        r"(?:fault|failure|error|problem|issue) (?:on our (?:part|side|end)|of ours)\b|"
        r"\b(?:has|had) never (?:happened|occurred) before\b|\bour (?:long |proud |strong |"
        r"excellent |spotless |unblemished |enviable )?(?:track )?record\b|"
        r"\b(?:in|for|over) (?:over |more than |all |nearly )?(?:\w+ )?(?:years|decades)\b"
        r"[^.!?\n]{0,60}\b(?:never|first time|not once)\b|"
        r"\b(?:we|i)(?:'d| had| have)? (?:previously |already |clearly |repeatedly |duly )?"
        # "We told you they would arrive in weeks 8-9" repeats our promise; "because we told you
        # less than 14 days before" grants a right.
        r"(?:warned|advised|notified|informed|reminded|told|emailed) (?:you|customers|all "
        r"customers|users|everyone)\b(?! (?:less than|only|(?:that )?(?:it|they|we) would)\b)"
        r"[^.!?\n]{0,50}\b(?:in advance|beforehand|before|"
        r"previously|ahead|prior|days|weeks)\b|"
        r"\bas (?:we |was )?(?:previously |clearly |already )(?:communicated|announced|advised|"
        r"notified|warned)\b|\b(?:outside|beyond) (?:the )?(?:scope|sla|service level|"
        r"agreed|cover)\b|\b(?:within|met|meets|meet) (?:our |the )?(?:sla|service level|"
        r"agreed (?:service|response))\b|\b(?:we|i) (?:acted|responded|did) (?:quickly|"
        r"promptly|swiftly|appropriately|responsibly|correctly|in good faith|within our rights|"
        r"everything (?:we|possible|in our power))\b|\b(?:our|the) (?:systems?|platform|"
        r"infrastructure|network|service) (?:is|are|was|were) (?:designed|built|engineered) to\b|"
        r"\b(?:customer's|customers'|user's|users'|your) (?:own )?(?:responsibility|obligation)\b|"
        r"\bnot (?:legally )?(?:obliged|obligated|required) to\b|\bunder no obligation\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
    ),
    Rule(
        "defensive",
        r"\b(?:per|under|according to|in line with|in accordance with|as per|as (?:set out|"
        r"stated|described|explained|outlined|specified) in) (?:the |our |your )?(?:\w+ )?(?:terms|"
        r"sla|service level agreement|agreement|contract|policy|policies|t&cs|conditions|"
        r"terms of (?:service|use|business)|procedures?|processes|protocols?|guidelines)\b|"
        r"\b(?:terms|policy|policies|agreement|contract|"
        r"rules|conditions)(?: of \w+)? (?:clearly )?(?:state|states|say|says|stipulate|"
        r"stipulates|make clear|makes clear)\b",
        "This holds the rules up to the customer instead of owning the failure.",
        "Say what happened and what we will do; the terms can wait for a question.",
        skip_kinds=("boundary",),
    ),
    Rule(
        "blame_shifting",
        r"\b(?:by|from) (?:you|yourself)\b[,\s]+(?:and )?not (?:by )?(?:us|ours|we)\b|"
        r"\b(?:not|never|isn't|is not|wasn't|was not) (?:something|anything) (?:that )?(?:we|"
        r"the \w+) (?:control|can control|could control|are responsible for)\b|"
        r"\b(?:demand|traffic|volume|volumes|load|interest)\s+(?:was|were|has been|had been)\s+"
        r"(?:\w+\s+)?(?:unprecedented|exceptional|extraordinary|unusually high|higher than|"
        r"far higher|much higher|overwhelming)\b|"
        r"\b(?:asking|asked|reminding|reminded|told|telling|warned|warning) you (?:\w+ ){0,3}?to\b"
        r"[^.!?\n]{0,80}\bif you (?:did not|didn't|do not|don't|had not|hadn't)\b|"
        r"\bone of our (?:\w+ ){0,3}?(?:engineers|staff|colleagues|agents|drivers|technicians|"
        r"developers|team members|employees|advisers|advisors|interns|contractors)\s+"
        r"(?:\w+\s+)?(?:\w+ed|forgot|ran|made|sent|broke|took|left|put|set)\b|"
        r"\bthe (?:agent|colleague|adviser|advisor|driver|technician|engineer|operator|"
        r"representative|person|member of staff|intern|temp) who (?:[\w'-]+ ){0,5}?"
        # Only when what they did wrong follows: "the engineer who visited" is a fact.
        rf"{MISSTEP}",
        "The cause is put on someone else, or on the customer.",
        "Own our part: what we relied on, what we could have done, what we do now.",
        unless_text=OWNED,
    ),
    Rule(
        "defensive",
        r"\b(?:performed|operated|functioned|behaved|worked) (?:exactly |entirely |fully )?"
        r"(?:to spec(?:ification)?|correctly|properly|within (?:its |our )?\w+)\b|"
        r"\b(?:is|was|are|were) (?:working|operating|running) normally for (?:all |every |"
        r"the )?(?:other|others)\b|\bfor (?:all |every )?other (?:customers|users|clients|"
        r"institutions|members|accounts|businesses)\b|\bno (?:other|one else|other customers?) "
        r"(?:has|have|had) (?:reported|complained|had)\b|\b(?:almost|nearly) always (?:caused|"
        r"due|the result)\b|\bnot one of ours\b|\b(?:which|that) we do not support\b|"
        r"\b(?:provided|offered|given|supplied) (?:free )?(?:as a (?:courtesy|convenience|"
        r"goodwill gesture)|without (?:any )?(?:guarantee|warranty))\b|"
        r"\bnot (?:by|from|with) (?:us|the (?:\w+ )?(?:team|school|department|club|shop|company|"
        r"practice|office|surgery|council))\b|\b(?:is|are|was|were) not (?:legally )?"
        r"(?:responsible|liable|accountable) for\b|\b(?:has|have|had) done everything "
        r"(?:required|asked|expected|possible|right|correctly|we could|in (?:our|its) power)\b|"
        r"\bcannot be expected to\b|\b(?:we|i) (?:have |had )?followed (?:all |every |the |our )"
        r"(?:\w+ )?(?:procedures?|protocols?|processes|steps|rules|guidance)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
    ),
    # Those affected left uncounted in a euphemism: "a subset of users", "a portion of traffic".
    # A plain "some orders" or "a number of flights" is how most notices scope, not playing down.
    Rule(
        "minimising",
        r"\b(?:a subset of|a portion of|a proportion of|parts of)\s+(?:\w+\s+){0,2}"
        r"(?:users|customers|clients|members|accounts|merchants|traffic|mail|email|data|\w+s)\b",
        "This downplays the harm it did.",
        "Say plainly who was affected and for how long; let the customer judge its size.",
        unless_sentence=SCALE_STATED,
        unless_text=COUNTED,
    ),
    Rule(
        "minimising",
        r"\b(?:wow|apparently|clearly|i know|i'm sure|no doubt|surely|obviously)\b[^.!?\n]{0,60}"
        r"\b(?:disaster|catastrophe|crisis|tragedy|nightmare|burden|ordeal|emergency|end of the "
        r"world)\b|\b(?:total|complete|absolute|utter|real|such a|what a) (?:disaster|catastrophe|"
        r"crisis|tragedy|nightmare|ordeal)\b[^.!?\n]{0,20}\b(?:i know|i'm sure|no doubt|"
        r"apparently|clearly|of course)\b|\b(?:minor|slight|small|short|brief|little)\s+"
        r"(?:\w+\s+)?(?:loss|spell|interruption|lapse|outage|dip|drop|slowdown|pause|gap|error|"
        r"overrun|shift|wait)\b",
        "This downplays the harm it did.",
        "Say plainly who was affected and for how long; let the customer judge its size.",
        unless_sentence=rf"{SIZE_DENIED}|{SCALE_STATED}",
    ),
    Rule(
        "vague_time",
        r"\b(?:will|'ll|shall)\b[^.!?\n]{0,80}\b(?:once|as soon as|after|until|when) "
        r"(?!that\b|then\b|you\b|your\b)\w+|"
        r"(?:^|[.!?]\s+|\n)(?:once|as soon as|when) [^.!?\n]{0,80}\b(?:will|'ll)\b|"
        r"\b(?:will|'ll)\b[^.!?\n]{0,60}\b(?:if (?:we|there) (?:learn|hear|find out|discover|have|"
        r"get|is|are) (?:\w+ )?(?:more|anything|something|an update|news|further)|promptly|"
        r"swiftly|urgently|as a (?:matter of )?priority)\b|"
        r"\bgets? round to\b",
        "A promise tied to an event with no time: the customer cannot plan around it.",
        "Give a real time, even a conservative one: 'by 14:00 UTC', 'within 2 working days'.",
        unless_sentence=rf"{CONCRETE}|{STANDING_CONDITION}",
        # "We will not book them again until…" is a condition we set, not a promise to wait on.
        extra={"not_at": r"(?:will|'ll|shall) (?:not|never)\b"},
    ),
    Rule(
        "blame_shifting",
        r"\bcaused by (?:other )?(?:customers|users|students|guests|members|clients|people|"
        r"parents|patients|visitors|residents)(?:'|\b)|\b(?:it|that|this)(?: one)?(?:'s| is| was) "
        r"(?:\w+ )?on them\b|\btake it up with\b|"
        r"\b(?:coming|came|comes) from your\b|"
        r"\bwhich you (?:\w+ )?(?:didn't|did not|never|failed to|chose to|chose not to) "
        r"(?:read|follow|check|decline|accept|answer|pay|open)\b|"
        r"\bbecause (?:\w+ ){0,3}?(?:was|were) (?:not|never) (?:received|paid|submitted|returned|"
        r"provided|completed|sent|signed|read)\b|"
        rf"\b{OUTSIDER}s?(?:'s?)? (?:\w+ ){{0,2}}?(?:started|stopped|began|returned|rejected|"
        r"failed to|sent|refused|declined|changed)\b",
        "The cause is put on someone else, or on the customer.",
        "Own our part: what we relied on, what we could have done, what we do now.",
        unless_text=OWNED,
        # A calm boundary may say where a change came from without blaming anyone for it.
        skip_kinds=("boundary",),
    ),
    Rule(
        "escalating",
        r"\b(?:disaster|catastrophe|crisis|tragedy|nightmare|horror|shocking|outrageous|"
        r"scandal)\b[,.!]?\s*(?:i|we) know\b|\bthe horror\b|\bapparently (?:a|an|the) "
        r"(?:crisis|disaster|catastrophe|emergency|tragedy|burden)\b|\bheaven forbid\b|"
        r"\bif you (?:continue|persist|keep) (?:to )?(?:contact|call|phon|email|writ|messag|behav|"
        r"abus|harass|threaten|complain|send)\w*|\bany further (?:abusive|such|rude|threatening)\b|"
        r"\byour tone\b|\btone of your (?:message|email|letter|reply|complaint|call)\b|"
        rf"{MOCK_CONCESSION}|\bexpect miracles\b|"
        r"\byou(?:'re| are) welcome to (?:leave|go elsewhere|take your business)\b|"
        r"\b(?:great|lovely|wonderful) burden\b",
        "This inflames rather than calms.",
        "Stay factual and kind: say what we will do next, without pointing at the reader.",
    ),
    # A door closed on the reader, unless it is the regulated "final response" that tells them
    # where to take the complaint next.
    Rule(
        "escalating",
        r"\b(?:this|that) is (?:our|my) (?:final|last) (?:response|word|reply|warning)\b",
        "This inflames rather than calms.",
        "Stay factual and kind: say what we will do next, without pointing at the reader.",
        unless_text=r"\bombudsman\b|\brefer (?:your|the|this) complaint\b",
    ),
    Rule(
        "defensive",
        r"\b(?:please )?(?:read|check|consult|refer to|see) (?:the|our) (?:faq|terms|policy|"
        r"instructions|guidance|documentation|docs|help (?:centre|center|pages?))\b[^.!?\n]{0,30}"
        r"\bbefore\b|\b(?:not|n't) (?:a|an|our) (?:[\w-]+ )?bug\b|"
        r"\b(?:behaving|working|performing|operating|running) (?:exactly )?(?:per|to) "
        r"spec(?:ification)?\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
    ),
    Rule(
        "minimising",
        r"\bthe horror\b|\b(?:shocking|outrageous|scandalous)[,!.]? (?:i|we) know\b|"
        r"(?:^|\n)wow\b",
        "Sarcasm makes light of what the customer went through.",
        "Say plainly what happened and what we will do, without comment on how they took it.",
    ),
    Rule(
        "defensive",
        r"\bnot (?:a|an) (?:\w+ )?(?:failure|fault|problem|issue|error) (?:of|with|in|on) (?:our|"
        r"the) (?:\w+ )?(?:systems?|platform|network|service|side|part|end)\b|"
        r"\bour (?:records|logs|tests|line tests|checks|systems|tracking|data) (?:clearly |all )?"
        r"(?:show|shows|indicate|indicates|confirm|confirms) (?:that )?(?:\S+ ){0,6}?"
        r"(?:was|were|is|are) (?:\w+ )?(?:delivered|sent|working|correct|fine|received|handed|"
        r"dispatched|"
        r"successful|normal|perfectly|on time)\b|"
        r"\b(?:fell|falls|was|were|is|are) (?:well )?within (?:the|our|your) (?:\w+ ){0,2}?"
        r"(?:window|period|limits?|tolerances?|allowance|sla|targets?)\b|"
        r"\b(?:acted|responded|reacted) (?:very )?(?:quickly|promptly|swiftly|immediately|"
        r"appropriately|responsibly|correctly|properly|professionally|in good faith)\b|"
        r"\b(?:worked|performed|behaved|functioned|operated) (?:exactly )?as (?:it|they) should\b|"
        r"\bpride ourselves\b|\bproud of our (?:\w+ )?(?:record|reliability|service|reputation|"
        r"standards|uptime)\b|\byou (?:were|had been|have been) (?!wrongly|incorrectly)(?:\w+ )?"
        r"(?:notified|informed|told|warned|advised|reminded)\b(?![^.!?\n]{0,60}\bwhen (?:it|they|"
        r"you|he|she) (?:was|were|had|did)(?:n't| not)\b)|"
        r"\bit(?:'s| is) important to (?:note|remember|stress|point out)\b|"
        r"\bworth (?:noting|remembering|pointing out)\b|"
        r"\bfollowed (?:all |every |the |our )?(?:correct |proper |standard |usual |agreed |"
        r"established |required )?(?:\w+ )?"
        r"(?:procedures?|protocols?|processes|rules|guidance)\b|\bnot (?:a )?(?:reflection|"
        r"representative|typical|indicative) of\b|\bat no (?:point|time|stage)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
    ),
    Rule(
        "blame_shifting",
        r"\b(?:by|from) (?:criminals|hackers|attackers|malicious (?:actors|parties|third parties)|"
        r"bad actors|cyber ?criminals|fraudsters|scammers)\b|"
        r"\b(?:originated|stemmed|came|arose|resulted|traced back|was traced) (?:with|from|at|in|"
        rf"to) (?:a|an|the|one of our|our) (?:[\w-]+\s+){{0,3}}?{OUTSIDER}s?\b|"
        rf"\b(?:the|a|our) (?:[\w-]+\s+){{0,2}}?{OUTSIDER}s? (?:shipped|supplied|delivered|"
        r"provided|gave|issued|marked|sent|packed|labelled|labeled|printed) (?:us |you )?(?:the |"
        r"a |an )?(?:wrong|incorrect|faulty|damaged|bad|defective)\b|"
        r"\byour (?:email provider|mail provider|isp|bank|firewall|spam filter|network|it team|"
        r"it department|browser|antivirus)\s+(?:\w+\s+){0,2}?(?:marked|treated|moved|held|put|"
        r"routed|sent|quarantined)\b",
        "The cause is put on someone else, as an excuse.",
        "Name them as a fact and still own our part: what we relied on and what we change.",
        unless_text=OWNED,
    ),
    Rule(
        "minimising",
        r"\b(?:impact|effect|disruption|damage|exposure|scope)\s+(?:was|is|has been|remained|"
        r"remains)\s+(?:very |relatively |extremely |fairly )?(?:limited|minimal|minor|small|"
        r"low|negligible|contained)\b",
        "This downplays the harm it did.",
        "Say plainly who was affected and for how long; let the customer judge its size.",
    ),
    Rule(
        "defensive",
        # "These things happen" shrugs the failure off rather than arguing our case: it plays
        # it down, and is not a defence.
        r"\bno (?:system|service|provider|platform|network|technology|software|company) is "
        r"(?:100\s?%|(?:perfect|immune|infallible|completely)\b)|"
        r"\bnature of (?:the internet|technology|online|software|the industry)\b|"
        r"\b(?:we|i) (?:cannot|can't|can not) guarantee\b|\bwe reserve the right\b|"
        r"\bas is (?:standard|common|normal|usual)(?: practice)?\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
    ),
    Rule(
        "blame_shifting",
        r"\b(?:due to|because of|caused by|following|owing to|as a result of|thanks to)\s+"
        r"(?:a |an |the |some |recent |unexpected |severe |extreme |heavy |local |national |"
        r"regional |widespread |staff |torrential )*(?:power (?:cut|outage|failure)s?|storms?|"
        r"floods?|rain|rainfall|downpours?|gales?|high winds|"
        r"flooding|weather|strikes?|heatwave|snow|ice|traffic|roadworks|road closures?|"
        r"illness|sickness|staff shortages?|shortages?|pandemic|attack|cyber[- ]?attack|"
        r"ddos|holiday season|peak season|bank holiday)\b",
        "The cause is put on circumstances, as an excuse.",
        "Say what we could have planned for and what we do now: 'we had no backup for a power "
        "cut; we are adding one'.",
        unless_text=OWNED,
    ),
    Rule(
        "minimising",
        r"\b(?:only|just|merely) (?:\w+ )?(?:lasted |for |took )?(?:a few|a couple of|\d+|two|"
        r"three|four|five|ten|fifteen|twenty|thirty) (?:minutes|seconds|moments|mins)\b"
        # "with only 90 minutes' notice" faults the warning we gave; it does not shrink the harm
        r"(?!['\u2019]? (?:notice|warning))",
        "This downplays the harm it did.",
        "Give the duration without 'only', and say what it meant for the customer.",
    ),
    Rule(
        "vague_time",
        r"\blater (?:this|in the|next) (?:week|month|year)\b|\bat a later (?:stage|point|time)\b|"
        r"\bin the not too distant future\b|\bbefore (?:very )?long\b",
        "A promise without a time: the customer cannot plan around it.",
        "Give a real time, even a conservative one: 'by 14:00 UTC', 'within 2 working days'.",
        # What customers asked us for is their wish, not our promise.
        unless_sentence=rf"{CONCRETE}|\b(?:asked|asking|requested|requesting|suggested|wanted)\b",
    ),
    Rule(
        "jargon",
        r"\b(?:throughput|cache purge|purged? the cache|mutex|jvm|thread (?:pool|exhaustion)|"
        r"container (?:orchestration|runtime|restarts?)|syscalls?|hpa|autoscal\w+|"
        r"canary (?:release|deploy\w*|rollout|checks?)|blue[- ]green|feature flags?|idempoten\w+|"
        r"retry storm|thundering herd|backpressure|circuit breakers?|control plane|data plane|"
        r"read replicas?|schema|rto|rpo|mttr|s3 buckets?|blob storage|object storage|vpc|"
        r"subnets?|nat gateway|saml|ldap|message broker|rabbitmq|sqs|pub/sub|websockets?|grpc|"
        r"graphql|rest api|downstream services?|connection churn|conntrack|time_wait|keepalive|"
        r"reverse proxy|gateway timeouts?|tail latency|ingest tier|edge tier|linehaul|"
        r"pending_\w+|pod scan|3ds2?|psd2|aisp|pisp|eori|hs code|wms|3pl|rca|slo|error budget|"
        r"runbook|on-call rotation|"
        # Limits of a server process and the machinery of signing in.
        r"ulimits?|file descriptors?|open[- ]files? limit|multipart(?: uploads?| sessions?)?|idp|"
        r"identity provider|token refresh|refresh tokens?|jwts?|oidc)\b",
        "A technical term the customer may not know.",
        "Say it in plain words, or explain it right after: 'the server ran out of memory'.",
        extra={"explained_after": EXPLAINED_AFTER},
    ),
    # Further phrasings of each anti-pattern, from the ways people write in many kinds of
    # business: excuses about others, denials, appeals to rules and to our own record.
    Rule(
        "blame_shifting",
        r"\b(?:caused by|due to|because of|the result of|down to) (?:a|an|the) (?:\w+ ){0,2}?"
        r"(?:change|update|mistake|error|fault|decision|problem|outage|bug) (?!we\b|i\b|our\b)"
        r"(?:\w+ ){1,2}?(?:made|introduced|pushed|released|applied|had|caused)\b|"
        r"\b(?!we\b|i\b)(?:apple|google|microsoft|the (?:\w+ )?(?:manufacturer|merchant|retailer|"
        r"seller|carrier|courier|bank|provider|supplier|council|contractor)|they) (?:is|are) "
        r"responsible for (?:the fix|fixing|resolving|this|it)\b|"
        r"\b(?:contact|ask|call|phone|email|complain to|speak (?:to|with)|appeal to|take it up "
        r"with) (?:them|the (?:\w+ )?(?:courier|merchant|retailer|contractor|provider|carrier|"
        r"seller|bank|manufacturer|supplier|council|airline|marketplace|shop)) directly\b|"
        r"\bplease take it up with\b|"
        r"\b(?:based on|from|using) (?:the )?(?:data|information|details|figures|hours|"
        r"timesheets|numbers|address|instructions) (?:that )?you (?:supplied|provided|gave|sent|"
        r"entered|submitted|typed)\b|"
        r"\b(?:double-check|check|read|make sure|ensure|be more careful|pay attention)\b"
        r"[^.!?\n]{0,50}\bnext time\b|"
        r"\byou (?:\w+ )?(?:deleted|removed|cancell?ed|changed|entered|typed|clicked|chose|"
        r"agreed|ignored|broke|caused) (?:\w+ ){0,3}?yourself\b|"
        r"\b(?:there was )?nothing (?:we|our (?:\w+ )?\w+|anyone|anybody|the \w+) could (?:have )?"
        r"(?:do|done)\b|"
        r"\b(?:problem|issue|fault|cause|error) (?:is|was|lies|may be|might be|must be|is likely "
        r"to be|is probably|is most likely) (?:likely |probably )?(?:to be )?(?:with|on|at|in) "
        r"your\b|"
        rf"\b{OUTSIDER}(?:'s|s'|s)? (?:\w+ ){{0,2}}?(?:closed|cut|cancell?ed|blocked|grounded|"
        r"switched off|turned off|withdrew|removed|suspended|held up|lost)\b(?!-)",
        "The cause is put on someone else, or on the customer.",
        "Own our part: what we relied on, what we could have done, what we do now.",
        unless_text=OWNED + r"|\bours to fix\b|\bour (?:call|doing)\b",
    ),
    Rule(
        "defensive",
        r"\b(?:not|n't|never) (?:\w+ ){0,3}?(?:on|at|from) our (?:side|end)\b|"
        r"\bour (?:\w+ ){0,2}?(?:servers?|systems?|platform|network|service|software|app|website|"
        r"equipment|process)s? (?:is|are|was|were|has been|have been) (?:working|running|"
        r"functioning|operating|performing) (?:perfectly|fine|correctly|properly|normally|"
        r"flawlessly|without (?:fault|error|issue|problems?)|as (?:expected|intended|normal))\b|"
        r"\b(?:did not|didn't|does not|doesn't) (?:originate|come|stem|arise) (?:from |within |"
        r"in |with |on )?(?:our|us)\b|\bnot (?:caused by|related to|connected to|linked to) "
        r"(?:our|us|anything (?:we|on our)|(?:[\w-]+ )?[\w-]+['\u2019]s (?:own )?(?:[\w-]+ )?"
        r"(?:systems?|platform|services?|network|app|software|servers?))\b|"
        r"\b(?:we|i) (?:\w+ )?(?:announced|published|communicated|flagged|posted|circulated) "
        r"(?:the|this|that) (?:\w+ )?(?:change|update|deprecation|maintenance|price|policy|"
        r"deadline|closure)\b|"
        r"\b(?:fell|falls|is|was|are|were) (?:well |comfortably |still )?within (?:the|our|your) "
        r"(?:[\w-]+ ){0,3}?(?:window|period|limits?|tolerances?|allowance|sla|targets?|terms)\b|"
        r"\bnot (?:our|my) (?:job|role|place|remit|concern|responsibility)\b|"
        r"\b(?:were|was|are|is) (?:entirely |fully |well )?within (?:our|its|their) (?:rights|"
        r"remit)\b|"
        r"\b(?:acted|behaved|operated) (?:entirely |fully |correctly and |properly and )?"
        r"(?:within (?:its|our|the|their|his|her) (?:rights|powers|terms|remit)|in accordance "
        r"with|in line with|lawfully|fairly|reasonably)\b|"
        # How we conducted ourselves, not what we will keep running from now on.
        r"\b(?:acted|behaved|conducted (?:ourselves|themselves|himself|herself)|complied|adhered|"
        r"been) (?:[\w,-]+ ){0,6}?at all times\b|"
        r"\b(?:we|i) take (?!(?:this|it|that|these|them)\b)(?:\w+ ){1,4}?(?:very |extremely |"
        r"incredibly |most |so |really )?"
        r"seriously\b|"
        r"\b(?:we|i)(?:'ve| have)? (?:already )?(?:sent|given|emailed|told|explained|provided|"
        r"shown) (?:\w+ ){0,4}?(?:to )?you (?:twice|already|three times|\w+ times|before|more "
        r"than once|repeatedly)\b(?! (?:it|that|we|this) (?:would|will|was going to)\b)|"
        r"\b(?:check|read) (?:your|the|our) (?:\w+ )?(?:emails?|inbox|guide|manual|instructions|"
        r"documentation|warning|setup guide|help article)s? (?:\w+ ){0,2}?before\b|"
        r"\bplease (?:remember|bear in mind|understand|keep in mind|appreciate|"
        r"recognise|recognize) (?:that )?|"
        r"\b(?:unfair|not fair|unreasonable|unjustified|uncalled for) to (?:criticise|criticize|"
        r"blame|complain|single out|accuse)\b|"
        r"\bno (?:\w+ )?(?:provider|company|system|service|host|business|one|network|airline|"
        r"courier|bank) (?:(?:on earth|in the world|anywhere) )?(?:can|could)(?: have)? "
        r"(?:guarantee|promise|prevent|avoid|handled?|coped?|withst(?:and|ood)|survived?)\b|"
        r"\b(?:terms|conditions|contract|agreement|sla|policy) (?:that )?you (?:agreed|signed|"
        r"accepted)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        skip_kinds=("boundary",),
    ),
    Rule(
        "escalating",
        r"(?<!hardly the )(?<!not the )(?<!n't the )(?<!hardly )(?<!not )\b(?:the )?end of "
        r"(?:civili[sz]ation|the world|days)\b|\bsprout wings\b|"
        r"\bred carpet\b|(?:^|[.!?]\s+|\n)wow[,!]|\bpoor you\b|\bgod forbid\b|"
        r"\bhow (?:terrible|awful|dreadful|tragic) for you\b|\bwe(?:'ll| will) be sure to\b|"
        r"\bnow you want (?:us|me)\b|\bperhaps (?:\w+ )?try\b|\bmaybe next time\b",
        "Sarcasm or a jab at the reader inflames rather than calms.",
        "Stay factual and kind: say what we will do next, without comment on how they took it.",
    ),
    Rule(
        "minimising",
        r"\bend of (?:civili[sz]ation|days)\b|\ba whole (?:\w+ )?(?:minutes?|seconds?)\b|"
        r"\bno (?:need|reason|cause) (?:to|for) (?:worry|alarm|concern|panic)\b|"
        r"\ba (?:bit|little|touch) (?:longer|slower|later|late|delayed|behind)\b",
        "This downplays the harm it did.",
        "Say plainly what the customer lost or could not do; let them judge the size.",
    ),
    Rule(
        "vague_time",
        r"\b(?:we'll|we will|i'll|i will|we shall|we are going to)(?: \w+){0,5}? (?:and )?"
        r"(?:be in touch|get back to you|follow up|update you|let you know|circle back|"
        r"come back to you|reach out)\b|"
        r"\b(?:at our earliest convenience|in due time|sooner rather than later|as and when|"
        r"in good time|at the first opportunity|when (?:it is|it's|they are|they're) ready|"
        r"when (?:she|he|they|we) gets? (?:a|the) chance|when (?:she|he|they|we) (?:can|are able)|"
        r"going forward|to follow)\b",
        "A promise without a time: the customer cannot plan around it.",
        "Give a real time, even a conservative one: 'by 14:00 UTC', 'within 2 working days'.",
        unless_sentence=CONCRETE,
    ),
    Rule(
        "blame_shifting",
        r"\b(?:sheer|huge|enormous|overwhelming) (?:number|volume|weight|amount) of\b|"
        r"\bso many (?:people|customers|visitors|users|orders|requests) (?:tried|trying|came|"
        r"ordered|at once)\b|"
        r"\b(?:changed|caused|damaged|broken|entered|deleted|set|left|misused|blocked|turned off|"
        r"switched off|tampered with) by the (?:occupant|tenant|resident|customer|user|client|"
        r"account holder|hirer|cardholder|member|guest|patient|passenger|sender|recipient)s?\b|"
        r"\bbecause (?:the|our|a|one of our) (?:\w+ )?(?:instructor|teacher|driver|engineer|"
        r"technician|courier|doctor|nurse|chef|staff member|colleague|receptionist|pilot|crew|"
        r"guide|manager|coach|tutor|caretaker|fitter|cleaner)s? (?:was|were|had been|called in|"
        r"went|fell|got) (?:\w+ )?(?:ill|sick|off|unwell|absent|late|stuck)\b|"
        r"\b(?:operated|run|managed|owned|provided|handled|controlled) by (?:the|a|an|our) "
        r"(?:\w+ ){0,2}?(?!us\b)\w+,? (?:and )?not (?:by )?us\b|"
        r"\byou (?:don't|do not|didn't|did not|never) (?:\w+ )?(?:read|check|follow|open|listen|"
        r"pay attention)\b",
        "The cause is put on someone else, or on the customer.",
        "Own our part: what we relied on, what we could have done, what we do now.",
        unless_text=OWNED,
    ),
    Rule(
        "defensive",
        r"\b(?:and )?not (?:by|from|with) us\b|"
        r"\bnot (?:because of|due to|caused by) (?:any|a|an) (?:\w+ )?(?:fault|problem|error|"
        r"issue|failure) (?:with|in|on|of|at) (?:the|our|us)\b|"
        r"\b(?:common|normal|usual|standard|typical|routine) (?:across|in|throughout|for) (?:the|"
        r"our) (?:\w+ )?(?:industry|sector|market)\b|\bacross the (?:whole )?industry\b|"
        r"\b(?:responded|reacted|acted) (?:very |extremely )?(?:quickly|"
        r"promptly|swiftly|rapidly|immediately)\b|"
        r"\b(?:our|the) (?:response|handling|actions?|reaction) (?:was|were|to have been|has been|"
        r"had been) (?:entirely |fully |wholly )?(?:appropriate|proportionate|reasonable|correct|"
        r"adequate|justified|right)\b|"
        r"\bwithin (?:normal|acceptable|expected|agreed|standard|the normal|the expected|"
        r"contractual) (?:\w+ )?(?:parameters|limits|levels|range|ranges|tolerances?|bounds)\b|"
        r"\b(?:guarantee|warranty|policy|sla|cover|compensation|scheme) only (?:applies|covers|"
        r"kicks in|pays)\b|"
        r"\byou (?:have |had )?(?:\w+ )?(?:ignored|disregarded|overlooked) (?:our|the|my|all|"
        r"every) (?:\w+ ){0,2}?(?:letters|emails|messages|reminders|warnings|notices|calls|"
        r"notifications|instructions|advice)\b|"
        r"\b(?:app|system|site|website|email|text|sms) (?:\w+ )?(?:notified|informed|told|"
        r"warned|alerted|emailed|texted) (?:all |every |each )?(?:booked |affected |registered )?"
        r"(?:members|customers|users|guests|patients|clients|you)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        skip_kinds=("boundary",),
    ),
    Rule(
        "escalating",
        r"\b(?:however|how on earth|how) did you (?:ever )?(?:cope|survive|manage|get through)\b|"
        r"\b(?:that|this|such a|such an) (?:\w+ )?tone\b|\balert the (?:\w+ )?(?:press|media|"
        r"newspapers|authorities)\b|\bstop the presses\b",
        "Sarcasm or a jab at the reader inflames rather than calms.",
        "Stay factual and kind: say what we will do next, without comment on how they took it.",
    ),
    Rule(
        "minimising",
        r"\b(?:however|how on earth|how) did you (?:ever )?(?:cope|survive|manage|get through)\b|"
        r"\bstop the presses\b|(?:^|\n|[.!?]\s+)oh dear\b|"
        # The complaint mocked as an overreaction: "anyone would think the park had shut".
        r"\b(?:anyone|anybody|one)(?:'d| would) (?:think|imagine|believe|have thought) (?:that )?"
        r"(?:the|you|we|it|this|there|a|an|your)\b|\bto hear you tell it\b|"
        rf"{MOCK_CONCESSION}",
        "Sarcasm makes light of what the customer went through.",
        "Say plainly what happened and what we will do, without comment on how they took it.",
    ),
    Rule(
        "vague_time",
        r"\bwill be (?:contacted|notified|informed|updated|advised|in touch|told|called|emailed|"
        r"written to)\b",
        "A promise without a time: the customer cannot plan around it.",
        "Give a real time, even a conservative one: 'by 14:00 UTC', 'within 2 working days'.",
        unless_sentence=CONCRETE,
    ),
    Rule(
        "blame_shifting",
        r"\bsophisticated (?:[\w-]+ ){0,2}?(?:attack|attackers|criminals|phishing|hackers)\b|"
        r"\bunforeseen circumstances\b|"
        r"\b(?:spike|surge|influx|flood|rush) (?:in|of) (?:traffic|demand|orders|visitors|"
        r"requests|users|bookings|calls|sign-?ups)\b|"
        r"\b(?:customers|users|clients|members|people|tenants|passengers) who (?:had not|hadn't|"
        r"did not|didn't|failed to|chose not to|never|forgot to) (?:\w+ )?(?:update|upgrade|follow|"
        r"read|check|configure|set|enable|install|verify|confirm|respond|reply|pay|register)\b",
        "The cause is put on someone else, or on circumstances.",
        "Own our part: what we relied on, what we could have done, what we do now.",
        unless_text=OWNED,
    ),
    # The customer's own former employee ("a former employee still had your login") is theirs.
    Rule(
        "blame_shifting",
        r"\b(?:rogue|former|disgruntled) (?:employee|member of staff|staff member|contractor)\b",
        "The cause is put on one person who has gone.",
        "Own it as a business: what access we left open and what we changed.",
        unless_sentence=r"\byour\b",
        unless_text=OWNED,
    ),
    # Disowning it outright: "through no fault of ours", "nothing we could have done".
    Rule(
        "blame_shifting",
        r"\bno fault of (?:ours|our own)\b|\bnot (?:our|my) fault\b|\b(?:not|n't) (?:the|a) "
        r"fault (?:of|on) (?:ours|our (?:part|side)|the (?:club|school|shop|company|practice|hotel|"
        r"council|firm|team|business))\b|\bnot something (?:this|we|our|the) \w+ (?:is|are) "
        r"responsible\b|\bwe do not accept (?:any )?responsibility\b|\bcannot be held "
        r"responsible\b|\b(?:do not|don't|cannot|can't) (?:have|has) (?:any )?control over\b|"
        r"\bout of our hands\b|\bnothing (?:i|we) (?:can|could) (?:do|have done)\b",
        "This disowns the failure to take the weight off us.",
        "Say what happened and what we do now; leave whose fault it was for the reader to judge.",
        unless_text=OWNED,
    ),
    Rule(
        "defensive",
        r"\bwe (?:always|have always) (?:put|strive|aim|work hard|go above|do our best|try our "
        r"best|take pride|prioriti[sz]e|follow|comply)\b|"
        r"\b(?:our customers|customers|you|your satisfaction|customer satisfaction|customer "
        r"service|our members|patient safety|your safety) (?:is|are|remains?) (?:always )?(?:our )?"
        r"(?:top|highest|number one|first|utmost|absolute) priority\b|"
        # What the product normally does, held up; "a very common mix-up" only plays ours down.
        r"\b(?:perfectly normal|completely normal|entirely normal|entirely standard|perfectly "
        r"standard)\b|"
        r"\b(?:we|i) (?:had|have) no way (?:of|to) (?:knowing|predict\w*|tell\w*|know|"
        r"foresee\w*)\b|"
        r"\b(?:we|i) (?:were|was) (?:never |not )(?:made aware|informed|told|notified|warned)\b|"
        r"\b(?:took|taken|take) (?:all )?(?:reasonable|appropriate|necessary|every reasonable) "
        r"(?:steps|precautions|care|measures)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        skip_kinds=("boundary",),
    ),
    Rule(
        "escalating",
        r"\bfailure to (?:pay|comply|respond|provide|return|contact us) (?:\w+ ){0,4}?will "
        r"(?:result|lead)\b|(?<!sent you a )(?<!sent a )(?<!received a )\bfinal (?:warning|"
        r"demand)\b|"
        r"\b(?:i|we) (?:would )?suggest you (?:read|check|learn|try|look|re-?read|"
        r"familiari[sz]e)\b|"
        r"\bnot rocket science\b|\b(?:it's|it is) (?:really )?not (?:that|very) (?:hard|difficult|"
        r"complicated)\b|\bdo your homework\b|"
        r"\byour (?:aggressive|rude|abusive|hostile|threatening|offensive|unpleasant) (?:tone|"
        r"language|emails?|messages?|behaviou?r|manner|comments?)\b|"
        r"\bshouting at (?:our )?(?:staff|us|me|the team)\b|\b(?:will|do) not tolerate\b|"
        r"\bzero tolerance\b",
        "This inflames rather than calms.",
        "Stay factual and kind: say what we will do next, without pointing at the reader.",
    ),
    Rule(
        "minimising",
        r"\brelatively (?:small|minor|few|short|brief|limited|low|contained|insignificant)\b|"
        r"\bat (?:worst|most),? (?:a|an|some|you|it|the|only|just)\b|"
        r"\bno more than (?:a few|a couple|a handful|\d+|one|two|three|five|ten) (?:\w+ )?"
        r"(?:minutes|seconds|customers|users|accounts|people|orders)\b|"
        r"\ba bit of (?:a |an )?(?:delay|hiccup|problem|issue|wait|trouble|bother|disruption|"
        r"slowdown|glitch|mix-up)\b|\b(?:teething|growing) (?:problems|issues|troubles|pains)\b|"
        r"\ba few (?:bumps|hiccups|glitches|wrinkles|kinks|blips)\b",
        "This downplays the harm it did.",
        "Say plainly what the customer lost or could not do; let them judge the size.",
    ),
    Rule(
        "vague_time",
        r"\b(?:will|'ll)\b[^.!?\n]{0,40}\bmomentarily\b",
        "A promise without a time: the customer cannot plan around it.",
        "Give a real time, even a conservative one: 'by 14:00 UTC', 'within 2 working days'.",
        unless_sentence=CONCRETE,
    ),
    Rule(
        "blame_shifting",
        r"\b(?:activity|attack|compromise|intrusion|incident|breach|failure|fault|outage|problem|"
        r"issue|error)s? (?:involving|at|with|affecting|in|by|through|within) (?:(?:a|an|the|one "
        r"of our|our)\s+)?(?:[\w-]+\s+){0,3}?(?:third[- ]party|vendor|supplier|partner|provider|"
        r"contractor|subcontractor)s?\b|"
        r"\b(?:supplied|provided|made|manufactured|operated|run|managed|maintained|built|"
        r"installed|hosted|carried out|done|performed) (?:[\w-]+ ){0,3}?by (?:a|an|the|one of our|"
        r"our) (?:[\w-]+ ){0,2}?(?:third[- ]party|"
        r"vendors?|suppliers?|partners?|providers?|contractors?|subcontractors?|manufacturers?)\b|"
        r"\b(?:because of|due to|owing to|following|after|amid|by) (?:the |a |this )?record "
        r"(?:\w+ )?(?:volumes?|demand|numbers|traffic|orders|bookings)\b|\brecord (?:\w+ )?"
        r"(?:volumes?|demand|numbers|traffic|orders|bookings)(?: of \w+)? (?:\w+ ){0,4}?(?:took|"
        r"knocked|overwhelmed|meant|caused|crashed|slowed|swamped|overloaded|led|broke|stretched)"
        r"\b|"
        r"\b(?:staff|staffing|driver|labour|labor|supply|parts|chip|component|industry-wide|"
        r"nationwide|sector-wide) shortages?\b|"
        r"\b(?:if you(?:'d| had)|had you)\b[^.!?\n]{0,80}\b(?:would(?:n't| not)?|could) (?:\w+ )?"
        r"(?:have|be)\b|\b(?:would(?:n't| not)?|could) have (?:\w+ ){0,4}?if you(?:'d| had)\b|"
        r"\b(?:wrong|incorrect) (?:\w+ )?(?:was|were) (?:\w+ )?(?:selected|chosen|entered|typed|"
        r"given|provided|ordered|picked|supplied)\b",
        "The cause is put on someone else, on circumstances or on the customer.",
        "Own our part: what we relied on, what we could have done, what we do now.",
        unless_text=OWNED,
    ),
    Rule(
        "defensive",
        r"\b(?:promptly|immediately|swiftly|quickly|rapidly) (?:launched|began|started|took|"
        r"notified|engaged|contacted|acted|responded|investigated|mobili[sz]ed|deployed|"
        r"brought in|informed|alerted)\b|\bleading (?:\w+ )?(?:experts|specialists|firms?|"
        r"consultants|advisers|advisors)\b|"
        r"\btakes? (?!(?:this|it|that|these|them)\b)(?:[\w'\u2019-]+ ){1,6}?(?:very |extremely |"
        r"incredibly |most |so |really )?seriously\b|"
        r"\bas (?:we |i )?(?:have |had )?(?:now |clearly |already |previously |explicitly )*"
        r"(?:explained|stated|told you|said|made clear|communicated|advised) (?:\w+ )?"
        r"(?:in|on|at|before|previously|several|many|multiple|twice|more than)\b|"
        r"\b(?:more|better|faster|cheaper|cleaner|quicker) than (?:most|many|other|any other|"
        r"our competitors|the competition)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
    ),
    Rule(
        "escalating",
        r"\byour [\"\u201c\u2018'](?:review|feedback|complaint|concerns?|emergency|problem|issue|"
        r"research|expertise|advice|understanding|urgent)[\"\u201d\u2019'](?!\w)|"
        r"\bperhaps if you\b|\byour (?:second|third|fourth|fifth|sixth|\w+th) (?:email|message|"
        r"call|complaint|letter|ticket)\b|\b(?:you'd|you would|you might) be (?:happier|better "
        r"off) (?:at|with|elsewhere|somewhere)\b|\bas (?:we|i) have now (?:explained|told|said)\b",
        "This inflames rather than calms.",
        "Stay factual and kind: say what we will do next, without pointing at the reader.",
    ),
    Rule(
        "minimising",
        r"\b(?:ran|went|took|lasted) (?:a (?:bit|little|tad) |slightly |somewhat )"
        r"(?:longer|over)\b",
        "This downplays the harm it did.",
        "Give the real duration and say what it meant for the customer.",
    ),
    Rule(
        "blame_shifting",
        r"\bbecause (?:(?!we\b|our\b|us\b|i\b|my\b)\w+ ){1,6}?(?:on|in|with|from|by) your "
        r"(?:phone|device|settings|browser|computer|laptop|router|network|card|bank|end|side|"
        r"account|app|website|site|server|system)\b|"
        r"\b(?:because of|due to|caused by) (?:the )?(?:\w+ ){0,2}?(?:you've|you have|you had|you) "
        r"(?:\w+ )?(?:installed|added|chose|chosen|changed|set|entered|used|uploaded|"
        r"configured|picked|selected)\b|"
        r"\b(?:due to|because of|owing to|following) (?:\w+ ){0,2}?(?:illness|sickness|injury|"
        r"injuries|absence)\b|"
        r"\b(?:it's|it is) (?:the )?(?:customer's|customers'|the buyer's|the client's|the "
        r"patient's|the member's|the passenger's) (?:own )?responsibility to\b",
        "The cause is put on the customer or on circumstances.",
        "Say what happened without pointing at them; if part of it is theirs, say calmly what "
        "they can do and how we help.",
        unless_text=OWNED,
        skip_kinds=("boundary",),
    ),
    Rule(
        "escalating",
        r"\b(?:must be|must have been) (?:a |an )?(?:truly |terribly |very |really )?(?:traumatic|"
        r"harrowing|devastating|life-changing)\b|\brecovered from the (?:ordeal|trauma|shock)\b",
        "Sarcasm makes light of what the customer went through.",
        "Say plainly what happened and what we will do, without comment on how they took it.",
    ),
    Rule(
        "minimising",
        r"\b(?:must be|must have been) (?:a |an )?(?:truly |terribly |very |really )?(?:traumatic|"
        r"harrowing|devastating|life-changing)\b|\brecovered from the (?:ordeal|trauma|shock)\b",
        "Sarcasm makes light of what the customer went through.",
        "Say plainly what happened and what we will do, without comment on how they took it.",
    ),
    Rule(
        "defensive",
        # Our record and uptime: a boundary may state the agreed figure, an owned failure may
        # say it was the first in years, and a service credit shows how it was worked out.
        r"\bfirst (?:[\w-]+ ){0,6}?(?:in|for) (?:over |more than |nearly |almost )?\w+ (?:years|"
        r"decades)\b|\b99[.,]\d+\s?%",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, that it is ours, and what we do now.",
        unless_sentence=r"\b(?:our|my) (?:own )?(?:fault|mistake|error|doing|failure)\b|"
        r"\b(?:on|down to) (?:us|me)\b|"
        r"\b(?:credit\w*|refund\w*|owed?|promised|monthly fee|worked it out)\b",
        # A service credit for the breach shows the figure it was worked out from.
        unless_text=r"\bservice credits?\b|\b(?:broke|breached|below|missed|short of) (?:our |the "
        r"|your )?(?:[\d.,]+\s?% )?(?:commitment|agreement|sla|target|promise)",
        skip_kinds=("boundary",),
    ),
    Rule(
        "defensive",
        r"\b(?:falls?|fell|is|are|was|were) (?:outside|beyond) (?:the (?:scope|terms) of )?(?:our|"
        r"the|your) (?:service guarantee|guarantee|terms|policy|warranty|cover|sla|agreement|"
        r"remit|responsibility)\b|"
        r"\b(?:we|our \w+|the (?:school|company|club|bank|council|hospital|practice|firm|team|"
        r"business|hotel|shop|store|airline|trust)) (?:have|has|maintain|operate|run|follow) "
        r"(?:always )?(?:had )?(?:very )?"
        r"(?:robust|rigorous|stringent|strict|industry-leading|best-in-class|comprehensive|"
        r"extensive|strong|world-class) (?:\w+ )?(?:measures|controls|procedures|processes|"
        r"safeguards|checks|systems|security|policies|standards)\b|"
        r"\b(?:comply|complied|complies) (?:fully |in full )?with (?:all )?(?:applicable|relevant|"
        r"the)\b|\bfully compliant\b|"
        r"\b(?:therefore|so) (?:we are |we're )?unable to (?:treat|acc"
        r"ept|consider|regard|uphold)\b|"
        r", not (?:our|the) (?:service|app|system|platform|servers?|network|product|end|side)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        skip_kinds=("boundary",),
    ),
    Rule(
        "blame_shifting",
        r"\b(?:because of|due to|caused by|down to|comes? from|is from|result of) (?:the code |the "
        r"work |the set-?up )?(?:your|the customer's) (?:own )?(?:home |office )?(?:[\w-]+ ){0,1}?"
        r"(?:wi-?fi|network|router|browser|device|phone|laptop|computer|settings|firewall|"
        r"connection|broadband|setup|set-up|plugin|theme|antivirus|developer|it team|"
        r"email provider|spam filter|configuration|bank)\b|"
        r"\b(?:we|i) (?:only|just|merely) inherited\b|\b(?:written|built|set up|made|installed|"
        r"left|done) by your (?:previous|last|old|former) \w+|\byour (?:previous|last|old|former) "
        r"(?:developer|agency|provider|host|supplier|accountant|contractor|designer|builder)s? "
        r"(?:wrote|built|left|set up|made|installed|did|configured)\b",
        "The cause is put on someone else, on circumstances or on the customer.",
        "Own our part: what we relied on, what we could have done, what we do now.",
        unless_text=OWNED,
        skip_kinds=("boundary",),
    ),
    Rule(
        "minimising",
        r"\bcould (?:have been|be) (?:a (?:lot|great deal) |much |far |way )?worse\b|"
        r"\bat least it (?:wasn't|was not|didn't|did not|isn't|is not)\b|"
        r"(?<!not )(?<!n't )\ban? isolated (?:incident|case|event|issue|occurrence|problem|error|"
        r"glitch)\b|"
        r"\b(?:less|fewer) than (?:\d+(?:\.\d+)?\s?%|one in (?:\w+|\d+)|a (?:few|handful))|"
        r"\b(?:minor|small|slight|tiny|little|cosmetic|trivial)\s+(?:\w+\s+)?"
        r"(?:issues|errors|problems|outages|delays|disruptions|glitches|hiccups|blips|"
        r"inconveniences)\b|\ba mere\b|\bpurely cosmetic\b",
        "This downplays the harm it did.",
        "Say plainly what the customer lost or could not do; let them judge the size.",
    ),
    Rule(
        "defensive",
        # Our priorities, record and pride held up instead of the failure.
        r"\b(?:security|safety|privacy|protection|reliability|trust|welfare|well-?being|"
        r"satisfaction) (?:\w+ ){0,4}?(?:is|are|has always been|have always been|remains?) "
        r"(?:always )?(?:our|the) (?:top|highest|number one|first|absolute|utmost) priority\b|"
        r"\bat the heart of (?:everything|all) (?:that )?we do\b|\bproven (?:track )?record\b|"
        r"\btrack record\b|\bconfident in our (?:processes|systems|procedures|approach|staff|"
        r"team|security|controls|policies)\b|\bour (?:response|reaction|handling|team's response) "
        r"(?:was|has been) (?:\w+ )?(?:swift|quick|rapid|prompt|effective|robust|exemplary|"
        r"appropriate|proportionate)\b|(?<!not )(?<!n't )(?<!never )\b"
        r"proud of (?:how|the way) (?:our|we|the)\b|"
        r"\b(?:did not|didn't|have not|haven't|never) (?:breach|breached|fail|failed) (?:in )?"
        r"(?:any of )?our (?:obligations|duties|commitments)\b|\b(?:met|fulfilled|honoured|"
        r"honored) (?:all |every )?(?:of )?our (?:obligations|duties|commitments)\b|"
        r"\b(?:charge|bill|invoice|fee|fine|price)s? (?:is|was|are|were) "
        r"(?:entirely |completely |perfectly )?(?:correct|valid|legitimate|justified)\b(?! now\b)|"
        r"\bwe (?:reject|refute|deny|dispute) (?:the |your |any )?(?:suggestion|claim|allegation|"
        r"assertion|characteri[sz]ation|accusation)|"
        r"\b(?:terms|policy|rules|contract|conditions|instructions|agr"
        r"eement)\b[^.!?\n]{0,60}? (?:are|"
        r"is|were|was) (?:very |perfectly |quite |abundantly )?clear\b|"
        r"\bwe (?:must|should|need to|have to|want to) (?:stress|emphasi[sz]e|point out|make clear|"
        r"reiterate)\b(?! how\b)|\bno (?:record|evidence|sign|indicati"
        r"on) of (?:any )?(?:fault|error|"
        r"failure|wrongdoing|mistake)s? (?:on|with|in|by)\b|"
        r"\b(?:customers|users|clients|members) (?:very )?(?:rarely|seldom|almost never|"
        r"hardly ever) (?:experience|see|have|encounter|face|report)\b|"
        r"\bwe(?:'ve| have) (?:proudly )?(?:served|been serving|operated|run|been running|"
        r"looked after|delivered|been delivering|provided) (?:\w+ ){0,4}?for (?:over |more than |"
        r"almost |nearly )?(?:\d+|\w+) (?:years|decades)\b|"
        r"\bwe (?:had|always had|have always had) (?:every |all (?:the )?(?:\w+ )?)(?:safeguards?|"
        r"precautions?|measures|controls|checks|protections?) in place\b|\b(?:took|take|taken) "
        r"all (?:reasonable|appropriate|necessary|possible) (?:precautions|steps|measures|care)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        skip_kinds=("boundary",),
    ),
    Rule(
        "minimising",
        r"\b(?:most|many|the majority) (?:of you|of our (?:customers|users|clients|members)|"
        r"customers|users|people|clients|members) (?:\w+ )?(?:didn't|did not|won't|will not|"
        r"wouldn't|would not|may not|might not|probably didn't) (?:even )?(?:have )?notic\w+|"
        r"\b(?:barely|hardly|scarcely) notic\w+|"
        r"\ba few (?:of our )?(?:people|customers|users|clients|members|accounts|of you|"
        r"merchants|diners|guests|patients|passengers|residents|households|homes|travellers|"
        r"visitors|students|parents|tenants|subscribers|callers|riders|shoppers|"
        r"policyholders|patrons)\b(?! (?:have |had )?(?:told|wrote|written|emailed|called|rang|"
        r"contacted|"
        r"reported|asked|let us know|pointed out|spotted|noticed))|\bt"
        r"emporary (?:issue|problem|glitch|blip|disruption|hiccup|outage|error|"
        r"fault)\b|\b(?:no|any|little) (?:noticeable|significant|material|real|major) (?:effect|"
        r"impact|disruption|difference)\b|\b(?:delay|impact|disruption|outage|effect|downtime) "
        r"(?:was|were|has been|remained) (?:\w+ )?(?:modest|manageable)\b|"
        r"\bteething (?:problems?|issues?|troubles?)\b|\bonly (?:minor|small|non-essential|"
        r"non-critical|cosmetic|limited) \w+",
        "This downplays the harm it did.",
        "Say plainly what the customer lost or could not do; let them judge the size.",
    ),
    Rule(
        "blame_shifting",
        # A vendor's change, a junior or temporary colleague, or the customer's own entry.
        r"\b(?:our|the|a) (?:software |hardware |payment |hosting |email |cloud |it )?(?:vendor|"
        r"supplier|provider|partner|contractor)s? (?:released|shipped|pushed|applied|rolled out|"
        r"deployed) (?:a |an )?(?:faulty|bad|broken|buggy|flawed|defective)\b|"
        r"\b(?:by|from) (?:a|one of our|an) (?:temporary|junior|new|trainee|agency|inexperienced|"
        r"individual) (?:member of (?:staff|our team)|employee|colleague|worker|contractor|"
        r"staff member|team member)\b|"
        r"\b(?:member of staff|employee|colleague|team member|staff member|person|individual)s? "
        r"(?:responsible|involved|concerned|at fault) (?:has|have) been (?:dealt with|"
        r"disciplined|spoken to|retrained|let go|dismissed|removed)\b|"
        r"\byou (?:entered|typed|gave|provided|supplied|chose|selected|picked|used|set) (?:us )?"
        r"(?:the |a |an )?(?:wrong|incorrect|invalid|weak|old|out-of-date|outdated)\b|"
        r"\b\w+ you (?:chose|entered|gave us|provided|selected|set) (?:was|were|is) (?:too|"
        r"wrong|incorrect|invalid)\b",
        "The cause is put on someone else, on circumstances or on the customer.",
        "Own our part: what we relied on, what we could have done, what we do now.",
        unless_text=OWNED,
        skip_kinds=("boundary",),
    ),
    Rule(
        "defensive",
        r"\b(?:than|what|beyond anything|beyond what) (?:anyone|anybody|we|any of us) could "
        r"(?:possibly )?(?:have )?"
        r"(?:anticipated|foreseen|predicted|expected|planned for)\b|"
        r"\b(?:cannot|can't|can not|will not|won't|do not|don't|does not|doesn't) (?:accept|take|"
        r"admit) (?:any )?(?:responsibility|blame)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, that it is ours, and what we do now.",
        skip_kinds=("boundary",),
    ),
    Rule(
        "blame_shifting",
        r"\b(?:please |you (?:need|should|will need|must) (?:to )?)upgrade your (?:plan|package|"
        r"account|subscription|server|hardware)\b",
        "The burden is put on the customer.",
        "Say what happened without pointing at them; if part of it is theirs, say calmly what "
        "they can do and how we help.",
        skip_kinds=("boundary",),
    ),
    Rule(
        "minimising",
        r"\ball of (?:\d+|one|two|three|five|ten|fifteen|twenty|thirty|a few) (?:minutes|seconds|"
        r"mins|hours)\b",
        "Sarcasm makes light of what the customer went through.",
        "Say plainly what happened and what we will do, without comment on how they took it.",
    ),
    Rule(
        "minimising",
        r"\b(?:barely|hardly|only just|scarcely) (?:late|delayed|behind|down|affected|slow|"
        r"noticeable)\b|\bwouldn't (?:really )?call it an? (?:problem|issue|outage|delay|"
        r"disaster)\b|\b(?:a |an )?(?:rare|isolated|one-off) exception\b",
        "This downplays the harm it did.",
        "Say plainly what the customer lost or could not do; let them judge the size.",
    ),
    Rule(
        "defensive",
        r"\bcompl(?:ied|y|ies) (?:fully |in full )?with (?:all )?(?:of )?(?:our |its |the |"
        r"applicable |relevant )?(?:obligations|regulations|rules|requirements|law|legislation)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, that it is ours, and what we do now.",
        skip_kinds=("boundary",),
    ),
    # Families of wording rather than phrases: a hardship or the nature of things offered as
    # the reason, a colleague or outsider made the cause, the customer's own entry blamed.
    Rule(
        "blame_shifting",
        # Being busy is a fact until it is given as the reason.
        r"\b(?:because|as|since) (?:\w+ ){0,3}?(?:are|is|was|were|been) (?:always |often )?"
        r"(?:exceptionally|extremely|incredibly|particularly|unusually|very|really|so|hugely) "
        r"(?:busy|stretched|short-staffed|understaffed|overstretched|overwhelmed)\b|"
        r"\b(?:exceptionally|extremely|incredibly|particularly|unusually|very|really|so|hugely) "
        r"(?:busy|stretched|short-staffed|understaffed|overstretched|overwhelmed)(?: \w+){0,3}?"
        r",? (?:so|and so|which is why|hence|that's why|and that's why)\b|"
        r"\b(?:in|at) (?:a|the|such a) busy (?:\w+ )?(?:environment|office|department|practice|"
        r"clinic|shop|kitchen|depot|warehouse|branch)\b",
        "A hardship of ours is given as the reason, as an excuse.",
        "Say what we could have done and what we do now, without pleading how hard it was.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        r"\b(?:only|just|all) human\b|"
        r"\b(?:delays?|mistakes|errors|problems|issues|this|these|such \w+|(?:things|incidents|"
        r"outages) like (?:this|these))(?: \w+){0,2}? (?:are|is|were|was|can be|may be) (?:\w+ )?"
        r"(?:unavoidable|inevitable|bound to happen|to be expected)\b|"
        r"\b(?:happen|slip|occur|run late|go wrong)\w* (?:\w+ ){0,3}?(?:around|during|over|at|in) "
        r"(?:the )?(?:\w+ )?(?:bank holidays?|holidays?|christmas|peak (?:times?|season)|"
        r"busy (?:times?|periods?)|weekends?|rush)\b|"
        r"\bnatural product\b|"
        r"\bwhat (?:\w+ )?(?:fruit|food|nature|wood|paint|plants?) (?:does|do)\b|"
        r"\b(?:can't|cannot|can not) read (?:minds|your mind)\b|\bmind[- ]readers?\b|"
        r"\b(?:let|lets|letting) (?:us|me) (?:\w+ )?down\b",
        "The cause is put on circumstances or on how things are, as an excuse.",
        "Say what we could have done and what we do now; the customer judges the rest.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        r"\b(?:our|the|a|an|one of our)\s+(?:[\w-]+\s+){0,2}?(?:officer|preparer|clerk|agent|"
        r"adviser|advisor|assistant|receptionist|freelancer|contractor|temp|trainee|junior|"
        r"intern|driver|technician|engineer|colleague|employee|volunteer|member of staff|"
        r"staff member|team member|manager|inspector|operator|fitter|installer|consultant|"
        r"accountant|bookkeeper|administrator|cashier|surveyor|dispatcher|warden|packer|"
        r"picker|handler|courier|locum|substitute|stand-in|apprentice|new starter)s?\s+"
        r"(?:[\w-]+\s+){0,6}?(?:who|that)\s+(?:[\w'-]+\s+){0,5}?(?:did not|didn't|failed to|"
        r"forgot|ignored|misread|overlooked|had not|hadn't|never)\b|"
        r"\b(?:our|the) (?:[\w-]+ ){0,2}?(?:officer|preparer|clerk|agent|adviser|advisor|"
        r"assistant|receptionist|freelancer|temp|trainee|volunteer|inspector|fitter|installer|"
        r"consultant|bookkeeper|cashier|surveyor|dispatcher|warden|packer|picker)s? "
        r"(?:misread|misheard|mistyped|misfiled|mislabell?ed|misplaced|overlooked|ignored|forgot|"
        r"failed|did not|didn't)\b",
        "The mistake is put on one person.",
        "Own it as a business: what our process let happen and what we change.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        rf"\b(?:he|she|they|(?:{WORKER}|member of staff)s?,? who) (?:has|have) since (?:left|been "
        r"(?:dismissed|let go|removed|"
        r"retrained|spoken to|disciplined))\b|"
        r"\b(?:was|were) (?:new|inexperienced|still (?:training|learning)|covering)(?: and| so)? "
        r"(?:did not|didn't|failed|forgot|missed)\b|"
        r"\b(?:he|she|they|who|and) (?:did not|didn't|failed to) follow (?:our|the) (?:\w+ )?"
        r"(?:checklist|process|procedure|instructions|guidance|protocol|policy)\b",
        "The mistake is put on one person.",
        "Own it as a business: what our process let happen and what we change.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        r"\bbecause\b[^.!?\n]{0,80}\byou (?:did not|didn't|never|failed to|forgot to|had not|"
        r"hadn't)\b|"
        r"\b(?:on|in) your (?:order|form|booking|application|account|claim|request|label) "
        r"(?:had no|was missing|lacked|did not (?:include|have|show|contain)|didn't (?:include|"
        r"have|show|contain)|(?:was|were) (?:incomplete|wrong|incorrect|blank))\b|"
        r"\byour (?:order|form|booking|application|claim|request|details|reading|submission)s? "
        r"(?:had no|was missing|lacked|did not (?:include|have)|didn't (?:include|have)|"
        r"(?:was|were) (?:incomplete|wrong|incorrect|missing))\b|"
        r"\byour (?:[\w-]+ ){0,2}?[\w-]+,? not (?:ours|mine)\b",
        "The cause is put on the customer.",
        "Say what happened without pointing at them; if part of it is theirs, say calmly what "
        "they can do and how we help.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        # What the customer typed, brought or submitted, held up as the cause.
        r"\b(?:exactly|precisely) (?:what|as) (?:was|were|you) (?:typed|entered|written|"
        r"wrote|supplied|submitted|given|gave|provided)\b|\bwhat (?:we're|we are|we were|we get) "
        r"(?:given|told|sent)\b|"
        r"\b(?:calculated|based|worked out|made|mixed|printed|cut|built|processed) (?:it |them )?"
        r"(?:from|on|to|using|according to) (?:the )?(?:[\w-]+ ){0,4}?(?:(?:that )?you (?:brought|"
        r"gave|sent|supplied|provided|entered|submitted|typed|chose)|(?:submitted|entered|supplied|"
        r"provided) (?:on|by|via|through|with) your)\b|"
        r"\bif (?:that|the|your) (?:\w+ ){0,2}?(?:was|were) (?:entered|typed|submitted|given|read) "
        r"(?:incorrectly|wrongly|wrong)\b|"
        r"\b(?:by|from|through|and) not (?:using|following|reading|checking|opening|keeping|"
        r"turning on|switching on|updating|paying|ventilating)\b",
        "The cause is put on the customer.",
        "Say what happened without pointing at them; if part of it is theirs, say calmly what "
        "they can do and how we help.",
        unless_text=OWNED,
        # Remade to what they asked for, it is a fix: "we've now reprinted it exactly as typed".
        unless_sentence=r"\b(?:now|again|this time)\b",
    ),
    Rule(
        "blame_shifting",
        rf"\b(?:due to|because of|caused by|owing to|the result of|as a result of|following)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:made|introduced|imposed|caused|applied|done|carried out) by "
        rf"(?:the |a |an |our |their )?(?:[\w-]+\s+){{0,2}}?{OUTSIDER}s?\b|"
        rf"\b(?:due to|because of|caused by|owing to) (?:the |an? )?(?:[\w-]+\s+){{0,2}}?"
        rf"air traffic control\b|"
        rf"\b{OUTSIDER}s?(?:'s?)?(?:\s+[\w-]+){{0,3}}?\s+(?:is|was|are|were)\s+(?:entirely |"
        r"solely |largely |ultimately |squarely )?(?:to blame|at fault|responsible for (?:this|"
        r"the|these|it))\b|"
        rf"\b{OUTSIDER}s?(?:'s?)?\s+(?:[\w-]+\s+){{0,4}}?(?:damaged|severed|cut through|"
        r"dug through|struck)\b|\bworking for (?:the|a|an) (?:[\w-]+ ){1,3}?(?:damaged|severed|"
        r"cut through|dug through|struck)\b|"
        r"\b(?:accept|take) (?:any )?responsibility for (?:\w+ ){0,4}?(?:made|caused|done) by\b",
        "The cause is put on someone outside, as an excuse.",
        "Name them as a fact and still own our part: what we relied on and what we change.",
        unless_text=OWNED,
        # A calm boundary may say whose delay the rules leave uncovered.
        skip_kinds=("boundary",),
    ),
    Rule(
        "defensive",
        # Telling them again what we told them before.
        r"\b(?:told|explained|said|informed|advised|warned|reminded|stated) (?:\w+ ){0,4}?"
        r"(?:on|in) (?:two|three|four|several|many|multiple|numerous|\d+|a number of|previous) "
        r"(?:separate )?occasions\b|"
        r"\blet me (?:repeat|reiterate|remind you|say (?:it|this) again)\b|"
        r"\b(?:i|we)(?:'ll| will) (?:say|explain|repeat|spell out) (?:it|this|that) (?:again|once "
        r"more|one more time|for the (?:last|final|second|third) time)\b|"
        r"\b(?:our|my|the) (?:\w+ ){0,4}?already (?:told|explained|said|stated|set out)\b|"
        r"\b(?:answered|addressed|covered|explained) \w+ (?:already|twice)\b|"
        r"\balready (?:answered|addressed|covered) (?:this|that)\b",
        "This argues our case instead of owning the failure.",
        "Say what happened and what we will do, once, without pointing at what they were told.",
    ),
    Rule(
        "defensive",
        # Denials that it was ours.
        r"\bnot ours\b|(?:\bnot|n't) (?:\w+ )?caused by us\b|"
        r"\b(?:isn't|is not|wasn't|was not|not) (?:my|our) (?:own )?(?:work(?:manship)?|doing)\b|"
        r"\bnothing to do with (?:me|us|(?:the|our|this) (?:[\w-]+ )?(?:office|company|firm|shop|"
        r"school|club|team|practice|business|management|garage|venue|centre|center|store|surgery|"
        r"bank|staff|department|service|platform|app|site|website|systems?|servers?))\b|"
        r"\bnothing(?:'s| is| was) (?:\w+ )?(?:wrong|broken|amiss|faulty|at fault)(?: \w+){0,2}? "
        r"(?:on|at|with|in) (?:our|us)\b",
        "This denies instead of owning what happened.",
        "Say what happened and what we will do; if part of it was not ours, say so once, calmly.",
        unless_sentence=r"\b(?:is|was|it's|that's) (?:still )?(?:on us|ours to fix)\b",
    ),
    Rule(
        "defensive",
        # Our paperwork and proof held up to the customer.
        r"\b(?:invoices|records|logs|paperwork|receipts|tee sheet|delivery note|photos?|footage|"
        r"report|emails?|statements?)(?:'s)? (?:\w+ )?(?:prove|proves|is clear|are clear)\b|"
        r"\bto prove it\b|(?<!to )\b(?:proves?|proved) (?:it|this|that|otherwise)\b|"
        r"\bas (?:the|our|your) (?:[\w-]+ ){0,4}?(?:you|we) (?:signed|approved|accepted|took|"
        r"agreed to) (?:clearly )?(?:shows|proves)\b|\bas (?:the|our) (?:[\w-]+ )?(?:records?|"
        r"logs?|notes?|slips?|receipts?|invoices?|footage|photos?|paperwork|sheets?|statements?) "
        r"(?:clearly )?(?:shows?|proves?)\b|"
        r"\b(?:exactly|clearly|plainly) as (?:it )?(?:says|said|stated|shown|explained|written|"
        r"listed|described|set out)\b|\bas it (?:clearly )?says (?:on|in)\b|"
        r"\b(?:exactly|precisely) (?:what|as) (?:was|were|you) (?:typed|entered|written|wrote|"
        r"asked for|specified)\b|"
        r"\b(?:tested|certified|checked|inspected|signed off) (?:\w+ ){0,3}?when (?:i|we) left\b|"
        r"\b(?:was|were|is|are) (?:correctly (?:charged|applied|calculated|billed|levied)|"
        r"(?:charged|applied|calculated|billed|levied) correctly)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the proof; say what happened, what it meant for them and what we do now.",
        # Put right now, it is a fix: "the discount is now applied correctly"; and a check
        # explained by what it proves is not proof held up to anyone.
        unless_sentence=r"\b(?:now|again|this time)\b|\b(?:tests?|checks?|inspections?|"
        r"calibrations?|audits?|certificates?) (?:that|which) (?:proves?|shows?|confirms?)\b",
    ),
    Rule(
        "defensive",
        # Our experience, the inevitable, and a refusal to take it on.
        r"\b(?:any|every) (?:competent|reputable|good|decent|qualified) (?:\w+ ){0,2}?would "
        r"(?:tell|say|agree|do)\b|\bwithout (?:this|that|it|anything like this) (?:ever )?"
        r"happening\b(?! again)|"
        r"\b(?:i|we)(?:'ve| have) been (?:\w+ing(?: \w+){0,2}?|in (?:business|the trade)) "
        r"for (?:over |more than |nearly |almost )?\w+ (?:years|decades)\b|"
        r"\b(?:are|is|were|was|be) (?:\w+ )?(?:unavoidable|inevitable)\b|"
        r"\b(?:can't|cannot|can not) read (?:minds|your mind)\b|"
        r"\bas \w+ as was (?:humanly )?possible\b|"
        r"\b(?:will not|won't|shall not) be (?:discussing|corresponding|entering into)\b|"
        r"\bno, we (?:couldn't|could not|can't|cannot|didn't|did not|won't|wouldn't)\b|"
        r"\b(?:(?:unable|not able|not in a position) to|can't|cannot|can not) (?:accept|take) "
        r"(?:any )?(?:responsibility|liability)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
    ),
    # Families of excuse and defence in other words: people other than us made the cause, a
    # counterfactual about what customers should have done, control disowned, our paperwork
    # and warnings held up, everyone else said to have coped.
    Rule(
        "blame_shifting",
        # A counterfactual that puts the cause on what customers did or did not do.
        # A state they were in ("if you were relying on alerts") is what it cost them, not blame.
        rf"\b(?:if {CUSTOMERS}(?:'d| had| would)?|had {CUSTOMERS}) (?!(?:were|was|are|is|been|"
        r"rely|relied|relying|need|needed|want|wanted|tried|planned|hoped|expected)\b)(?:just |"
        r"only |actually |simply |bothered to )?[\w-]+(?: [\w-]+){0,6}?[,;]? (?:(?!you\b|they\b)"
        r"(?:[\w-]+ ){1,4}?(?:would(?:n't| not| never)|wouldn't|could(?:n't| not)) have [\w-]+"
        r"(?:ed|en|t)\b|(?:[\w-]+ ){1,4}?(?:(?:would(?:n't| not| never)|wouldn't|"
        r"could(?:n't| not)) (?:have )?(?:be(?:en)? (?:a |an |any )?(?:problem|issue|hazard|mess|"
        r"risk|danger|necessary|needed|late|lost|damaged|broken|closed)|happen(?:ed)?|"
        r"occur(?:red)?|arisen?|keep (?:happening|occurring)|need(?:ed)? to|cracked|broken|failed|"
        r"leaked|flooded|jammed|faded|shrunk|overheated|blocked)|would have (?:known|avoided|"
        r"been (?:fine|warned|told))))\b|"
        r"\b(?:would(?:n't| not| never)|wouldn't) (?:\w+ ){0,3}?(?:happen|occur|arise|be|have "
        rf"\w+) (?:\w+ )?if {CUSTOMERS}(?:'d| had| would)? (?:just |only |actually |simply )?"
        r"(?:followed|read|obeyed|respected|listened|checked|kept|stuck|paid|done|used|"
        r"bothered|remembered|closed|locked|turned|switched)\b",
        "The cause is put on what the customer did or did not do.",
        "Say what happened without pointing at them; if part of it is theirs, say calmly what "
        "they can do and how we help.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        # Other customers or users said to have broken the rules, as the reason.
        r"\b(?:(?:a|an|another|one|some|other|certain|one of (?:our|the)) (?:[\w-]+ )?"
        r"(?:swimmers?|guests?|customers?|members?|visitors?|users?|parents?|residents?|"
        r"passengers?|tenants?|people|players?|diners?|patrons?|clients?|pupils?|students?|"
        r"drivers?|owners?)|someone|somebody) (?:has |have |had )?(?:again |repeatedly |once "
        r"again |clearly )?(?:ignored|disregarded|flouted|misused|abused|broke the|broken the|"
        r"(?:did not|didn't|failed to|chose not to) (?:follow|obey|read|respect))\b",
        "The cause is put on other customers, as an excuse.",
        "Say what happened and what we do so it does not happen again, without pointing at anyone.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        # Control disowned: what someone else does is said to be beyond us.
        r"(?:\b(?:not|neither|nor|never)|n't)\b[^.!?\n]{0,60}?\b(?:within|in|under) (?:our|my|this "
        r"[\w-]+'s|the [\w-]+'s) (?:direct )?(?:control|gift)\b|"
        r"\b(?:outside|beyond|out of) (?:this|the) [\w-]+'s (?:direct )?(?:control|hands)\b|"
        r"\bour hands (?:were|are) tied\b|"
        r"\b(?:we|i|the (?:office|firm|company|school|club|shop|business|practice)) (?:(?:can't|"
        r"cannot|can not|don't|do not) (?:\w+ )?(?:control|influence)|(?:have|has|had) no (?:\w+ )?"
        r"(?:control|influence|say))\b",
        "This puts the cause out of our hands instead of owning it.",
        "Say what we could have done and will do: 'we booked it and did not check; that is on us'.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        r"\b(?:are|is|were|was) (?:all )?(?:self-employed|independent (?:contractors?|traders?|"
        r"businesses|couriers|drivers|riders|operators)|not (?:our )?(?:employees|staff))\b",
        "This puts the cause out of our hands instead of owning it.",
        "Say what we could have done and will do: 'we booked it and did not check; that is on us'.",
        unless_text=OWNED,
        # A calm boundary may say who the agreement is with, such as a self-employed trainer.
        skip_kinds=("boundary",),
    ),
    Rule(
        "blame_shifting",
        # A surge of people or demand named as the cause; a busy day told as news is not.
        r"\b(?:because of|due to|owing to|brought|caused by|following|after|amid) "
        rf"(?:an? |the |this )?{SURGE}|{SURGE} (?:\w+ ){{0,4}}?(?:took|knocked|brought|"
        r"overwhelmed|meant|caused|crashed|slowed|swamped|overloaded|led|broke|stretched)\b",
        "The cause is put on demand, as an excuse.",
        "Say what we could have planned for and what we do now: 'we did not add capacity "
        "for the launch; we are adding it'.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        # Denying that it was us and turning at once to them; a bare denial is a defence.
        r"(?:\bnot|n't|\bnever)\b[^.!?\n]{0,40}?\b(?:because of|due to|down to|caused by|the "
        r"result of|anything to do with) (?:us|me|anything (?:we|i) did|anything on our "
        r"(?:side|end)|something (?:we|i) did)\b[.;:,!\u2013\u2014 -]{1,4}(?:(?:it|that|this)"
        r"(?:'s| is| was) |but |the (?:\w+ )?(?:cause|problem|issue|fault) (?:is|was|lies) "
        r"(?:with |in )?)?"
        r"(?:you|your|they|their|the customer)\b(?!'ll| will| can| may| should| might)|"
        r"\bby your (?:[\w-]+ ){0,2}?[\w-]+,? (?:and )?not (?:by )?(?:us|me|ours)\b",
        "The cause is denied and pushed onto someone else.",
        "Say what happened; if part of it is theirs, say calmly what they can do and how we help.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        # A causal clause whose subject is one of our people, or the customer's assigned one.
        rf"\b(?:because|since|after) (?:a|an|one of our|our|the|one) (?:[\w-]+ ){{0,2}}?"
        rf"{WORKER}s?(?: [\w-]+){{0,4}}? (?:{MISSTEP}|(?:did not|didn't|never|had not|hadn't)\b)|"
        rf"\byour (?:[\w-]+ )?{WORKER} (?:[\w-]+ ){{0,2}}?{MISSTEP}",
        "The mistake is put on one person.",
        "Own it as a business: what our process let happen and what we change.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        # The customer's own act said to be the only way it happens.
        r"\bonly (?:\w+ ){0,2}?(?:happens?|occurs?|gets? in|leaks?|breaks?|fails?|goes wrong|"
        r"crash(?:es)?|fades?|shrinks?|jams?|stops?|overheats?|floods?|blocks?|trips?) "
        rf"(?:when|if) (?:{CUSTOMERS}|your)\b|"
        r"\b(?:when|if|unless)\b[^.!?\n]{0,80}, which (?:is (?:exactly |precisely )?what )?"
        r"(?:you|your (?:[\w-]+ ){0,2}?[\w-]+) (?:did|had done|then did|did not|didn't)\b|"
        rf"\b(?:that's|that is|this is|it's|it is) what (?:happens|you get) (?:when|if) "
        rf"{CUSTOMERS}\b",
        "The cause is put on the customer.",
        "Say what happened without pointing at them; if part of it is theirs, say calmly what "
        "they can do and how we help.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        # Resentment at a supplier, even in a message that owns the rest.
        r"\b(?:gave|give|giving|given) us (?:no|zero|little|barely any|hardly any) (?:\w+ )?"
        r"(?:warning|notice|heads-up|notification)\b|\bleft us (?:stranded|in the lurch|high and "
        r"dry|to pick up the pieces|holding the baby)\b|\bhung us out to dry\b|\bthrew us under\b",
        "The cause is put on someone else, as an excuse.",
        "Name them as a fact and still own our part: what we relied on and what we change.",
        unless_sentence=OWNED,
    ),
    Rule(
        "defensive",
        # Our warning held up: the customer was told and went ahead.
        r"\b(?:after|even though|though|although|despite|yet|but) (?:we|i|our [\w-]+) (?:had |"
        r"having )?(?:already |clearly |specifically |repeatedly |expressly |explicitly )?(?:told|"
        r"warned|advised|reminded|informed|telling|warning|advising|reminding) you\b|"
        r"\bdespite (?:being|having been) (?:\w+ )?(?:told|warned|advised|reminded)\b",
        "This argues our case instead of owning the failure.",
        "Say what happened and what we will do, without pointing at what they were told.",
        unless_sentence=r"\b(?:wrong(?:ly)?|incorrect(?:ly)?|by mistake|our mistake|on us)\b",
    ),
    Rule(
        "defensive",
        # Our paperwork held up as having said so plainly.
        r"\b(?:our|the|your) (?:[\w-]+ ){0,2}?(?:quote|quotation|estimate|invoice|letter|email|"
        r"report|contract|terms|policy|handbook|form|confirmation|receipt|agreement|conditions|"
        r"paperwork|notices?|signs?|booking|website|leaflet|brochure|job sheet|ticket|label)\b"
        r"[^.!?\n]{0,40}?\b(?:clearly|plainly|explicitly|specifically|expressly) (?:say|said|says|"
        r"state|stated|states|show|showed|shows|explain|explained|explains|set out|sets out|warn|"
        r"warned|warns|make clear|made clear|makes clear|list|listed|lists|marked|mention|"
        r"mentioned|mentions)\b",
        "This holds our paperwork up to the customer instead of owning the failure.",
        "Say what happened and what we will do; the paperwork can wait for a question.",
        # Our paperwork quoted as where we went wrong is owning it; pointed to for directions,
        # it helps.
        unless_sentence=OWNED + r"|\bwrong(?:ly)?\b|\bby mistake\b|\bin error\b|\bwhere\b|"
        r"\bhow to\b|\byou can\b|\bplease\b",
        skip_kinds=("boundary",),
    ),
    Rule(
        "defensive",
        # What kind of business we are, held up against what was expected of us.
        r"\bwe(?:'re| are) (?:only |just |simply )?(?:a|an) (?:[\w-]+ ){0,2}?[\w-]+,? (?:and )?not "
        r"(?:a |an )?[\w-]+",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        skip_kinds=("boundary",),
    ),
    Rule(
        "defensive",
        # The signs, rules or instructions held up in a counterfactual.
        rf"\bif {CUSTOMERS}(?:'d| had| would)? (?:just |only |actually |simply |bothered to )?"
        r"(?:followed|read|obeyed|respected|stuck to|kept to|paid attention to|listened to|"
        r"checked|looked at) (?:the|our|my|those|these|all the) (?:[\w-]+ )?(?:signs?|rules|"
        r"instructions|guidance|terms|notices?|polic(?:y|ies)|labels?|advice|manual|emails?|"
        r"warnings?|guidelines|directions|procedures?)\b[^.!?\n]{0,60}\b(?:would(?:n't| not)? "
        r"have|would(?:n't| not| never) (?:be|keep|happen)|would never)\b",
        "This holds the rules up to the customer instead of owning the failure.",
        "Say what happened and what we will do; the rules can wait for a question.",
    ),
    Rule(
        "defensive",
        # Our record, training and experience held up instead of the failure.
        r"\b(?:never|not once) (?:had|received|got) (?:a |one |any |a single )?(?:complaint|"
        r"problem|issue|claim)s?\b|\b(?:nobody|no one|no-one|no other (?:customer|guest|client|"
        r"member|patient|parent)) (?:has |have |had )?ever (?:complained|had (?:a |any )?"
        r"(?:problem|issue|complaint))|"
        r"\b(?:i|we)(?:'ve| have) been (?:\w+ing(?: \w+){0,2}?|in (?:business|the trade)) since "
        r"(?:\d{4}|the \d{2,4}s)\b|\bknow what (?:we're|we are|i'm|i am) doing\b|"
        r"\b(?:our|all our) (?:[\w-]+ )?(?:staff|team|mechanics|engineers|technicians|drivers|"
        r"instructors|teachers|nurses|vets|stylists|fitters|installers|chefs|guides|coaches|"
        r"people|carers|cleaners|builders) (?:are|were) (?:all )?(?:fully|highly|properly|very|"
        r"extremely|well)[- ](?:qualified|trained|certified|accredited|experienced|vetted|"
        r"licensed|insured)\b|\b(?:followed|applied|obeyed|did) (?:[\w'-]+ ){0,4}?to the letter\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        unless_sentence=OWNED,
    ),
    Rule(
        "defensive",
        # The terms said to be on show, or agreed to, held up to the customer.
        r"\b(?:is|are|was|were) (?:clearly|plainly|prominently) (?:displayed|signposted|printed|"
        r"marked|posted|stated|shown|labell?ed|advertised|signed)\b|"
        r"\byou (?:agreed|accepted|consented) (?:to )?(?:this|that|these|it|them|(?:our|the) "
        r"(?:\w+ )?(?:terms|conditions|policy|rules)) when you\b|\bwhen you (?:signed up|booked|"
        r"registered|joined|ordered|enrolled|bought|paid)\b[^.!?\n]{0,20}\byou (?:agreed|"
        r"accepted|consented)\b",
        "This holds the rules up to the customer instead of owning the failure.",
        "Say what happened and what we will do; the terms can wait for a question.",
        unless_sentence=rf"\b(?:now|again|from (?:today|now on)|will)\b|{CONCRETE_TIME}",
        skip_kinds=("boundary",),
    ),
    Rule(
        "defensive",
        # It is denied to be a fault at all.
        r"\b(?:(?:it's|it is|this is|that's|that is|it was|this was) not|it isn't|this isn't|"
        r"it wasn't|that isn't|that wasn't) (?:a |an )?(?:defect|fault|bug|malfunction)\b"
        r"(?! (?:of yours|(?:on|in|with|at) your|by you|you))|"
        r"\bnot (?:a|an) (?:\w+ )?(?:failure|fault|problem|issue|error|defect|bug) (?:of|with|in|"
        r"on) (?:our|the) (?:[\w-]+ ){0,2}?[\w-]+[,;]? (?:it(?:'s| is| was)|but|it lies with) "
        r"(?:with |in )?(?:your|you|the customer)\b",
        "This denies instead of owning what happened.",
        "Say what happened and what we will do; if part of it was not ours, say so once, calmly.",
    ),
    Rule(
        "defensive",
        # Everyone else is said to have coped.
        r"\b(?:every|each|all|all the|all our|any) other (?:[\w-]+ )?(?:viewers?|customers?|"
        r"users?|guests?|members?|clients?|parents?|players?|drivers?|passengers?|patients?|"
        r"students?|subscribers?|diners?|residents?|tenants?|owners?|people|families|"
        r"households)\b(?: \w+){0,3}? (?:survived|managed|coped|seem(?:s|ed)? (?:to (?:be|have "
        r"been) )?(?:fine|happy|ok|okay)|(?:was|were) (?:fine|happy|ok|okay)|had no (?:problem|"
        r"trouble|issue|complaint)s?|(?:didn't|did not) (?:have|mind|complain|notice)|got "
        r"(?:on|through|by))\b|"
        r"\b(?:everyone|everybody) else (?:\w+ ){0,3}?(?:survived|managed|coped|was fine|"
        r"seems? (?:fine|happy)|had no|(?:didn't|did not) (?:complain|mind|notice)|got (?:on|"
        r"through|by))\b",
        "This argues our case instead of owning the failure.",
        "Leave out the comparison; say what happened to them and what we do now.",
    ),
    Rule(
        "blame_shifting",
        # Someone else, a person or an animal, as the subject of the clause that caused it:
        # "because someone left the tap on", "it happened when he jerked his head", "someone
        # has knocked it since", "a contractor working for us pushed an update".
        r"\bbecause (?:someone|somebody|some (?:people|members|customers|guests)|another "
        r"(?:customer|member|guest|user|resident|tenant|parent|driver|passenger|visitor|"
        r"plot ?holder)|a (?:customer|member|guest|resident|neighbour|neighbor|tenant|visitor|"
        r"passenger|parent|plot ?holder))\b(?! (?:\w+ )?(?:here|of ours|on our|in our|at our))|"
        r"\b(?:happened|occurred|came about|was caused) (?:when|because|as|after|while) (?:he|she|"
        r"they|(?:the|your) (?:dog|cat|horse|child|son|daughter|pet|puppy|kitten|customer|"
        r"patient|guest|client))(?: [\w-]+ly)? (?!(?:was|were|had|arrived|visited|called|"
        r"booked)\b)[\w-]+ed\b|"
        r"\b(?:someone|somebody|something)(?: else)? (?:has|had|must have|must've|may have|might "
        r"have|could have) (?:since )?(?:knocked|moved|touched|tampered|over-?tightened|"
        r"loosened|dislodged|damaged|broken|bumped|kicked|unplugged|switched|opened|removed|"
        r"hit|forced|overloaded|misused)\b|"
        rf"\b(?:a|an|the|one)\s+(?:[\w-]+\s+)?{WORKER}s?\s+(?:(?:working|employed|hired|engaged|"
        r"brought in|contracted)\s+(?:for|by|with|on)\s+(?:\w+\s+){1,2}?|(?:who|that|we) (?:\w+ )?"
        r"(?:works?|worked|hired|engaged|brought in|use|used|had)\s+(?:\w+\s+){0,3}?)"
        r"(?:pushed|deployed|deleted|broke|forgot|ignored|skipped|missed|bypassed|overrode|"
        r"misconfigured|caused|failed|did not|didn't)\b|"
        # The one who did it said to be gone, as if that closed the matter.
        rf"\b(?:that|the|this) (?:[\w-]+ )?{WORKER}s? (?:\w+ )?(?:no longer (?:works?|is) "
        r"(?:with|for|at)|is no longer (?:with|employed|working)|has (?:since )?(?:left|been "
        r"(?:dismissed|let go|removed|fired|sacked|suspended)))\b",
        "The cause is put on someone else, as an excuse.",
        "Own our part: what we relied on, what we could have done, what we do now.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        # Someone else's decision that left us no way round it.
        r"\b(?:was|is|were) (?:entirely |solely |wholly |purely )?(?:their|the [\w-]+['\u2019]s?|"
        r"the [\w-]+ [\w-]+['\u2019]s?) (?:own )?(?:call|decision|choice|doing)\b|"
        r"\b(?:left|leaving|gave|giving) us (?:with )?(?:no|little) (?:other )?(?:way|choice|"
        r"option|alternative|means|time)\b",
        "The cause is put on someone else, as an excuse.",
        "Name the decision as a fact and still own our part: what we relied on, what we change.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        # The customer said to have missed what our terms ask of them, or to have assumed
        # wrongly, or told what they should have done instead.
        r"\b(?:agreement|terms|contract|policy|rules|guidance|instructions|conditions)\b"
        r"[^.!?\n]{0,40}\b(?:asks?|asked|requires?|required|expects?|expected|says?|said|states?|"
        r"stated|stipulates?|stipulated)\b[^.!?\n]{0,120}(?:\b(?:you|most|many|some|several|none|"
        r"half|few)\b[^.!?\n]{0,40}?\b(?:had not|hadn't|have not|haven't|were not|weren't|was not|"
        r"wasn't|did not|didn't)\b|\bwhich (?:was|were)(?:n't| not)\b)|"
        r"\b(?!(?:if|as|when|because|since|and|but|so|or)\b)\w+ you (?:wrongly |mistakenly |"
        r"simply )?(?:assumed|presumed|took for granted)\b|"
        # Sarcastic advice on what they should have done instead.
        r"\b(?:perhaps|maybe),? (?:just )?(?:try|consider|you (?:could|might|should))\b"
        r"[^.!?\n]{0,60}\b(?:rather than|instead of)\b|"
        # Someone's word that the customer was not there or did not put it out.
        r"\b(?:confirmed|confirms|reported|reports|insists|insisted|maintains|recorded|noted) "
        r"(?:that )?(?:(?:no|nobody|no one|no-one)\b(?: [\w-]+){0,2}? (?:was|were|had been)|"
        r"(?:you|your [\w-]+) (?:[\w-]+ )?(?:was|were|had)(?:n't| not)(?: been)?) (?:presented|"
        r"put out|left out|home|at home|there|answering|answered|available|in)\b",
        "The cause is put on the customer.",
        "Say what happened without pointing at them; if part of it is theirs, say calmly what "
        "they can do and how we help.",
        unless_text=OWNED,
        # A calm boundary may say what the agreement asks without blaming anyone.
        skip_kinds=("boundary",),
    ),
    Rule(
        "defensive",
        # Our record, ratings and history held up: "one of the best punctuality records", "a
        # five-star rating for eleven years", "the first in our nine-year history", "97% of
        # our trains ran to time".
        r"\b(?:one of the |among the )?(?:best|strongest|finest|safest|cleanest|most reliable) "
        r"(?:[\w-]+ ){0,2}?(?:records?|ratings?|reputations?)\b|"
        r"\b(?:held|holds|hold|kept|keeps|maintained|maintains|earned|had|has) (?:a |an |the "
        r"|our |its |their )?(?:[\w-]+ ){0,3}?(?:rating|award|accreditation|certification)s? "
        r"(?:for|over|in) (?:the (?:last|past) |over |more than |nearly |almost )?(?:\d+|[a-z]+) "
        r"(?:straight |consecutive )?(?:years|decades?)\b|"
        r"\b(?:first|only)\b[^.!?\n]{0,60}\bin (?:our|its|my|(?:the )?[\w-]+['\u2019]s) "
        r"(?:[\w-]+[- ])?(?:years?|decades?)(?:[- ]long)? (?:history|record|of (?:trading|"
        r"business|service))\b|"
        r"\bwe(?:'ve| have) always been (?:[\w-]+ ){0,2}?(?:open|clear|transparent|honest|upfront|"
        r"fair|careful|reliable|responsive|scrupulous)\b|"
        r"\b(?:9\d|100)(?:\.\d+)?\s?% of (?:our |all |the )?(?:[\w'\u2019-]+ ){0,3}?(?:services|"
        r"trains|flights|buses|collections|deliveries|orders|parcels|calls|appointments|jobs|"
        r"journeys|"
        r"bookings|payments|transactions|visits|classes|lessons|sessions)\b[^.!?\n]{0,30}?"
        r"\b(?:on time|to time|as (?:planned|normal|scheduled|usual)|successfully|without "
        r"(?:any )?(?:\w+ )?(?:problem|issue|difficulty|delay|incident|disruption|hitch))|"
        r"\b(?:completed|delivered|answered|collected|emptied|handled|made|ran) (?:[\w-]+ ){0,2}?"
        r"(?:9\d|100)(?:\.\d+)?\s?% of\b",
        "This argues our case instead of owning the failure.",
        "Leave out the record; say what happened to them and what we do now.",
        unless_sentence=OWNED,
    ),
    Rule(
        "defensive",
        # A denial of any part in it, or of anything wrong on our side: "not caused by any action
        # on our part", "nothing on our side was misconfigured", "our deploy was clean".
        r"\b(?:no|not (?:caused by|due to|the result of|down to) (?:any|an?))\s+(?:[\w-]+\s+)?"
        r"(?:action|error|fault|failing|failure|mistake|negligence|wrongdoing|act|oversight)s?\s+"
        r"(?:on our part|of ours|by us)\b|\b(?:not|never|nothing) (?:caused by|due to|down to|"
        r"the result of) any(?:thing)? (?:\w+ )?(?:we|on our|of ours)\b|"
        r"\bnothing (?:[\w-]+ )?(?:on|at|from|in) our (?:side|end|part)\b|"
        r"\bnothing (?:was |went )?wrong (?:on|at|with) our (?:side|end|part)\b|"
        r"\bour (?:deploy(?:ment)?|code|work|side|release|build|setup|configuration|"
        r"installation|workmanship|equipment) (?:was|were|is|are) (?:perfectly |completely |"
        r"totally |entirely )?(?:clean|fine|flawless|sound|correct|spotless|faultless)\b"
        r"(?! (?:now|again)\b)|"
        # The inspection, or the rumour, put against the customer's word.
        r"\b(?:inspector|inspection|environmental health|health officer|auditor|assessor)\b"
        r"[^.!?\n]{0,80}\bfound (?:nothing|no (?:[\w-]+ )?(?:fault|issue|problem|concern|"
        r"wrongdoing|breach)s?)\b|\bfound nothing (?:of concern|wrong|amiss|untoward)\b|"
        r"\bjump(?:ing)? to conclusions\b|\b(?:false|unfounded|baseless|untrue|malicious|"
        r"defamatory) (?:claims|allegations|accusations|rumou?rs|reviews|statements)\b|"
        # Our system defended as doing its job; nothing more could be asked of us.
        r"\b(?:that|this)(?:'s| is| was) (?:exactly )?what (?:it|they|the [\w-]+)(?:'s| is| are|"
        r"'re| was| were) (?:there )?(?:for|designed (?:for|to do)|meant to do)\b|"
        r"\b(?:not sure|don't know|do not know|no idea|unsure) what (?:else|more) (?:you (?:want|"
        r"expect|would like)|we (?:could|can|should) (?:have )?(?:do|done))\b|"
        r"\bwhat (?:else|more) (?:do|did|could|can|would) you (?:want|expect)\b|"
        r"\bwhat (?:else|more) (?:could|can|should|were) we (?:have )?(?:done|do|supposed to)\b|"
        # The customer told to read what was on show before speaking up.
        r"\b(?:read|check|look at)\b[^.!?\n]{0,40}\bbefore (?:posting|complaining|writing|"
        r"leaving (?:a )?(?:\w+ )?(?:review|comment)|reviewing|accusing|blaming|commenting|"
        r"ranting)\b|\b(?:said|says|stated|states|showed|shows) in (?:big|bold|large|capital|"
        r"block|red|huge) (?:letters|print|type|font)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        unless_text=OWNED,
    ),
    Rule(
        "defensive",
        # The notice we gave, or what the terms allow us, held up to the customer.
        r"\bnotice,? (?:which|as|that) we (?:duly |did |have |had )?(?:gave|given|provided|"
        r"served)\b|\bwe (?:duly |did |have |had )?(?:gave|given|provided|served) (?:you |members "
        r"|customers |everyone |all [\w-]+ )?(?:plenty of|ample|full|(?:\d+|[a-z]+) (?:days?|"
        r"weeks?|months?)['\u2019]?s?) (?:notice|warning)\b|"
        # "As soon as conditions allow" is the weather, not the paperwork.
        # What the terms let the customer do is help, not a defence.
        r"\b(?:terms|agreement|contract|t&cs)(?: and conditions| of [\w-]+)? (?:\w+ )?(?:allow|"
        r"allows|permit|permits|entitle|entitles|let|lets) (?:us\b|(?!you\b)[^.!?\n]{0,60}?\bto "
        r"(?:change|alter|vary|cancel|withdraw|substitute|increase|suspend|close|move)\b)",
        "This holds the rules up to the customer instead of owning the failure.",
        "Say what happened and what we will do; the terms can wait for a question.",
        unless_text=OWNED,
        skip_kinds=("boundary",),
    ),
    # An apology made bigger by its size or by being said again ("huge apologies", "sorry
    # again", "once again, we're sorry") beside an emphatic one.
    Rule(
        "over_apology",
        r"\b(?:huge|massive|big|enormous|bottomless|abject|heartfelt|humble|deep) "
        r"apolog(?:y|ies)\b|"
        r"\b(?:sorry|apologies|apologi[sz]e|apologi[sz]ing) (?:once )?(?:again|once more|all over "
        r"again)\b|\b(?:once )?again,? (?:we(?:'re| are)|i(?:'m| am)) (?:so |very |really |truly )?"
        r"sorry\b|\bagain,? (?:our|my) (?:\w+ )?apolog|\bapologies all round\b",
        "The apology is inflated; grovelling makes it about us.",
        "Apologise once, plainly ('we are sorry'), then say what we did and will do.",
        only_if_text=EMPHATIC_APOLOGY_TEXT,
    ),
    # The harm set beside a far worse one ("a spin class, not a cancelled flight", "some
    # cosmetic items, not your house"), counted as just the one, or hoped not too bad.
    Rule(
        "minimising",
        r"\b(?:it's|it is|it was|this is|this was|that's|that is|you lost|you missed|you've lost) "
        r"[^,.!?\n]{1,50}, not (?:a |an |the |your |some |someone's )?(?:\w+ ){0,2}?(?:flight|"
        r"house|home|wedding|funeral|surgery|operation|life|lives|kidney|limb|leg|arm|car|holiday|"
        r"mortgage|savings|pension|job|world|war|catastrophe|disaster|tragedy|emergency|crisis|"
        r"heart attack|fire|flood)s?\b|, not (?:the|your) (?:whole|entire) \w+|, not the end of\b|"
        r"\b(?:was|were|it's|that's|missed|cancell?ed|lost|affected) (?:only|just) the one\b|"
        r"\b(?:keep|put) (?:it|this|things) in(?:to)? (?:proportion|perspective)\b|"
        r"\bworse things happen\b|\bmountain out of a molehill\b|\bstorm in a teacup\b|"
        r"\bblown out of (?:all )?proportion\b|\bit(?:'s not| is not| was not| isn't| wasn't) "
        r"(?:like|as if|as though) (?:anyone|anybody|you|it)\b|"
        r"\b(?:hopefully|(?:we|i) hope) (?:it|this|that) (?:didn't|did not|hasn't|has not|won't|"
        r"will not) (?:\w+ ){0,3}?too much\b|"
        r"\b(?:hopefully|probably|surely|presumably|(?:we|i) hope|(?:we're|i'm) sure)\b"
        r"[^.!?\n]{0,30}?(?:\bnot|n't) (?:too|that|very|overly|terribly|hugely|massively|much of "
        r"an?) (?:disruptive|inconvenient|bad|upsetting|annoying|costly|troublesome|serious|big|"
        r"problem|inconvenience|bother|issue|nuisance)\b",
        "This downplays the harm it did.",
        "Say plainly what the customer lost or could not do; let them judge its size.",
    ),
    # The failure filed under a harmless kind: a quirk or a paperwork slip, "purely
    # administrative", "more of a display quirk than anything", easily put right, the sort of
    # mix-up that happens all the time, "these things happen", and no harm done to them by it.
    Rule(
        "minimising",
        r"\b(?:quirks?|gremlins?|niggles?)\b|"
        r"\b(?:these|such) things (?:do |can |will |just )?happen\b|\b(?:stuff|traffic|life) "
        r"happens\b|(?:^|[,;.!?]\s*)it (?:just )?happens\b(?! (?:when|if|because|automatically|"
        r"again|that|as|on|in|every|each|after|before)\b)|"
        r"\brisk (?:to [\w ]{1,20})?(?:is|was|remains) (?:very |extremely |incredibly )?"
        r"(?:low|small|minimal)\b|\ba bit of a (?:wobble|hiccup|glitch|blip|mix-up|mishap|"
        r"muddle)\b|\b(?:a bit|slightly|a little) (?:wobbly|bumpy|glitchy|patchy)\b|"
        r"\b(?:oopsie|whoopsie)s?\b|"
        r"\bit(?:'s| is| was) nothing\b(?! (?:to do|like|we|you|compared))|"
        r"\b(?:simple|small|minor|little|tiny|mere|harmless|innocent|honest) (?:[\w-]+ )?(?:slip|"
        r"slip-up|oversight|formality|technicality|annoyance|nuisance)\b|"
        r"\b(?:purely|merely|simply|just|only) (?:an? )?(?:administrative|clerical|technical|"
        r"procedural|paperwork|bookkeeping|presentational|formality|technicality)\b|"
        r"\bmore of an? (?:[\w-]+ ){1,3}?than (?:anything|a real|an actual|a proper|a serious|"
        r"something)\b|"
        r"(?<!been )\b(?:easily|simply) (?:put right|fixed|sorted|corrected|remedied|rectified|"
        r"undone|fixable|solved)\b|\beasy (?:enough )?to (?:fix|put right|sort out|correct|undo)\b|"
        r"\b(?:a|an) (?:very |really |fairly |quite |pretty |extremely )?(?:common|everyday|"
        r"routine|ordinary|normal) (?:\w+ )?(?:mix-up|mixup|mistake|slip|error|occurrence|"
        r"thing to happen)\b|"
        r"\bhappens? (?:all the time|to (?:everyone|everybody|the best of us|us all|all of us)|"
        r"more often than you'd think|(?:with|to|in) the (?:odd|occasional) \w+|(?:every )?now "
        r"and (?:then|again)|from time to time|once in a while)\b|"
        r"\b(?:won't|wouldn't|will not|would not|shouldn't|should not) have (?:done|caused) "
        r"(?:you |your \w+ |anyone )?(?:any|much) (?:real |lasting )?(?:harm|damage)\b|"
        r"\b(?:don't|do not) (?:lose (?:any )?sleep|fret|give it (?:a|another) (?:second )?"
        r"thought|worry (?:about it|too much|yourself))\b|\bnothing to lose sleep over\b",
        "This downplays the harm it did.",
        "Say plainly what happened and what it meant for the customer; let them judge its size.",
        unless_sentence=SIZE_DENIED,
    ),
    # Sarcasm in a few words: "A tragedy, clearly." "Such an ordeal, I'm sure."
    Rule(
        "minimising",
        r"\b(?:a|an|such an?|what an?|real|total|absolute|utter) (?:\w+ )?(?:tragedy|disaster|"
        r"catastrophe|calamity|crisis|nightmare|ordeal|outrage|scandal|hardship)[,!]? "
        r"(?:clearly|obviously|evidently|i'm sure|i am sure|no doubt|indeed|of course|"
        r"i'm certain)\s*[.!?]",
        "Sarcasm makes light of what the customer went through.",
        "Say plainly what happened and what we will do, without comment on how they took it.",
    ),
    # The harm set against how many it spared: "97% of services ran to time", "the vast
    # majority of passengers travelled without any difficulty".
    Rule(
        "minimising",
        r"\b(?:most|the (?:vast |overwhelming |great )?majority of|(?:almost |nearly |well over |"
        r"more than |over )?\d+(?:\.\d+)?\s?% of) (?:our |the |all )?(?:[\w-]+,? ){1,3}?"
        r"(?:[a-z]+ed|ran|run|were|was|went|got|had|saw|came|carried on)\s+"
        r"(?:(?!not\b|never\b)\w+ ){0,2}?"
        r"(?:to time|on time|as (?:normal|planned|usual|scheduled|expected)|normally|unaffected|"
        r"(?:without (?:any |a |the slightest )?|no )(?:difficulty|difficulties|problems?|issues?|"
        r"hitch|disruption|delays?|trouble|incident|interruption))\b",
        "Counting how many were spared reads as 'it does not matter' to someone who was not.",
        "Speak to the people it reached: what they could not do, and what we are doing about it.",
    ),
    # "It was one cold coffee, Steph.": the harm counted as a single small thing and left there.
    Rule(
        "minimising",
        r"(?:^|[.!?]\s+|\n)(?:it was|it's|it is|that was|that's|this was) (?:only |just |literally "
        r")?(?:one|a single) (?!of\b|more\b|thing\b|reason\b|way\b|day\b)(?:[a-z-]+ ){0,2}?"
        r"[a-z-]+(?=,|\s*[.!?](?:\s|$))",
        "This downplays the harm it did.",
        "Say plainly what the customer lost or could not do; let them judge its size.",
        unless_sentence=r"\b(?:we|our|ours|us|i|me|my|mine|because|caused|cause|failed|broke)\b",
    ),
    # Distance from our own failure: "apparently our board went up", "it looks like you were
    # one of them", a delay that simply "there has been", as though it happened to us.
    Rule(
        "hedging_passive",
        r"(?:^|[.!?]\s+|\n)apparently,? |\bit (?:looks|looked) (?:like|as (?:if|though))\b|"
        r"\bit would (?:seem|appear)\b|\bseemingly\b|"
        r"\bit (?:transpires|transpired)\b|"
        # A sentence that opens on "it appears" keeps even our own hub at arm's length.
        r"(?:^|[.!?]\s+|\n)it (?:appears|seems)(?: that)? (?:it|your|the|this|there|an?)\b|"
        r"\bthere(?:'s been|'ve been| has been| have been| was| were| had been) (?:an?|some|a few|"
        r"a slight|a short|"
        r"a further|another|further) (?:\w+ )?(?:delay|delays|hold-up|hold-ups|setbacks?|mix-up|"
        r"breakdown|complications?)\b",
        "Hedged or agentless wording keeps our own failure at a distance.",
        "Say plainly what happened and why: 'we ordered the wrong part, so your car will be late'.",
        # A guess at what the customer did ("it looks like the wrong size was selected") is
        # a different fault: it points at them, not away from us.
        unless_sentence=r"\b(?:we|i|because|due to|caused by)\b|\b(?:you|was|were) (?:\w+ )?"
        r"(?:selected|entered|chose|chosen|typed|ticked|clicked|ordered|placed|forgot|missed)\b",
    ),
    # An open end with no time: "until further notice", "at some point" inside a promise, a
    # reply promised on someone else's behalf, or news held until the thing itself turns up.
    Rule(
        "vague_time",
        r"\b(?:until|till) (?:further notice|we say otherwise)\b|\bfor the foreseeable future\b|"
        r"\b(?:closed|suspended|paused|postponed|cancell?ed|shut|offline|delayed|on hold|"
        r"unavailable) indefinitely\b|"
        r"\b(?:will|'ll|shall|going to)\b[^.!?\n]{0,60}?\b(?:at some (?:point|stage)|one of these "
        r"days|later on|when (?:he|she|they|we) (?:can|get|"
        r"gets|have|has) (?:a )?(?:chance|moment|minute))\b|"
        r"\b(?:they|he|she|who|someone|somebody)(?:'ll| will) (?:\w+ )?(?:reply|respond|get back|"
        r"come back|be in touch|contact you|call you|write to you|let you know)\b|"
        r"\b(?:will|'ll)\b[^.!?\n]{0,80}?\b(?:once|as soon as|when) (?:your|the) (?:\w+ ){0,2}?"
        r"(?:lands?|arrives?|comes? in|comes? back|is back|are back|is ready|are ready|gets? here|"
        r"turns? up|is delivered|are delivered)\b",
        "A promise without a time: the customer cannot plan around it.",
        "Give a real time, even a conservative one: 'by 14:00 UTC', 'within 2 working days'.",
        unless_sentence=CONCRETE,
    ),
    # More trades' words: opticians, printers, probate forms, garages; settings quoted
    # as the system names them ("desired-capacity pinned at 0"); the machinery of cloud
    # software and of security.
    Rule(
        "jargon",
        r"\b(?:cylinder axis|(?:cyl|sph) (?:of|at)|prism (?:correction|dioptres?)|dioptres?|"
        r"(?:the|your|a) pd|"
        r"segment height|rip (?:server|software|queue)|blanket (?:fault|change|wear)|"
        r"iht\d{3}|pa1[ap]|"
        r"dpf|egr(?: valve)?|ecu|obd|dual[- ]mass flywheel|"
        r"auto-?scal(?:er|ers|ing groups?)|desired[- ]capacity|(?:session|message) brokers?|"
        r"orchestrators?|"
        r"zero[- ]knowledge|salted (?:and )?hash\w*|hash(?:ed)? and salted|key derivation|"
        r"encrypt(?:ed|ion) at rest|credential stuffing)\b|"
        r"\b[a-z]+-[a-z]+ (?:(?:is|was|were|are|got|been) )?(?:pinned|set|capped|clamped|stuck) "
        r"(?:at|to) \d",
        "A technical term the customer may not know.",
        "Say it in plain words, or explain it right after: 'the machine that prints your cards'.",
        extra={"explained_after": EXPLAINED_AFTER},
    ),
    # The cause put outside: a supplier's or the industry's shortage, a failure upstream, a
    # crowd bigger than anything seen, "through no fault of our own", out of anyone's hands.
    Rule(
        "blame_shifting",
        r"\bthrough no fault of (?:our|my|its|their) own\b|"
        r"\b(?:out of|beyond|outside(?: of)?) (?:anyone's|anybody's|everyone's|everybody's|"
        r"any of our) (?:\w+ )?(?:control|hands|power)\b|"
        rf"\b(?:cross|angry|annoyed|upset|furious|unhappy) with\b[^.!?\n]{{0,60}}?\b{OUTSIDER}s?\b|"
        r"\b(?:someone|somebody|anyone) (?:else )?to (?:blame|be cross with|be angry with|"
        r"shout at)\b|"
        r"\b(?:following|after|amid) (?:an?|the|some) (?:[\w-]+ ){0,2}?(?:upstream|third[- ]party|"
        r"provider|supplier|vendor|carrier|partner)(?:'s)? (?:[\w-]+ ){0,2}?(?:flaps?|flapping|"
        r"failures?|outages?|faults?|issues?|problems?|incidents?|errors?|disruptions?|"
        r"defects?|bugs?)\b|"
        rf"\b{OUTSIDER}s?\b[^.!?\n]{{0,80}}?\b(?:cut through|dug through|severed|damaged|"
        r"struck) (?:our|the)\b|"
        r"\b(?:level|levels|amount|volume|number|scale) of (?:interest|demand|traffic|orders|"
        r"bookings|calls|requests|visitors) (?:was|were|has been|had been) (?:\w+ )?(?:beyond|"
        r"far beyond|more than|greater than|unlike|like nothing)\b|"
        r"\b(?:interest|demand|traffic)(?: was| were| has been| had been|,) (?:far )?(?:beyond|"
        r"unlike) (?:anything|what)\b|"
        r"\b(?:same|the case|happening|like this|pressures?|shortages?) across the (?:whole |"
        r"entire )?(?:trade|"
        r"industry|sector|market|country)\b|\bwith (?:supply|supplies|stock|parts) (?:the way "
        r"(?:it is|they are)|as (?:it is|they are))\b|"
        r"\b(?:merchants?|suppliers?|wholesalers?|distributors?|manufacturers?|factory|"
        r"warehouse)(?:'s)? (?:didn't|did not|hadn't|had not|couldn't|could not|never|failed "
        r"to) (?:have|had|get|got|send|sent|deliver|supply|stock|ship|dispatch)\b|"
        # A colleague's absence given as the reason.
        r"\b(?:my|our|the|a) (?:[\w'-]+ ){0,3}?(?:been |is |was |were |are |went |being )off "
        r"(?:sick|ill)\b|\b(?:had|have|has) (?:\w+ )?(?:staff|people|drivers|engineers|crew|"
        r"workers|fitters|technicians) off (?:sick|ill)\b",
        "The cause is put on a supplier, the industry or circumstances, as an excuse.",
        "Say what happened as a fact, then what we could have done and what we do now: 'the "
        "part was out of stock and we did not tell you; we should have'.",
        unless_text=OWNED,
    ),
    # The customer's own doing made the cause: what they entered, bought or skipped, what
    # they were warned about, what we can only work from.
    Rule(
        "blame_shifting",
        rf"\b(?:due to|because of|caused by|down to|the result of) (?:\w+ ){{0,2}}?{CUSTOMERS} "
        r"(?:entering|giving|providing|choosing|selecting|typing|using|not|failing|forgetting|"
        r"ignoring|missing|leaving|putting|sending|supplying|ordering)\b|"
        r"\bbecause (?:the|your) (?:[\w-]+ ){0,2}?(?:that )?you (?:bought|supplied|sourced|"
        r"brought|provided|chose|ordered|picked|installed|gave us)\b|"
        r"\byou (?:told|asked|wanted|instructed) us to (?:\w+ ){0,4}?anyway\b|"
        r"\byou (?:insisted|went ahead|chose to go ahead)\b|"
        r"\b(?:which|that)(?:'s| is| was) (?:exactly |just |precisely )?what (?:happens|will "
        r"happen|you get) (?:when|if) (?:[\w'-]+ ){0,5}?(?:you|your|at home|owners?|people|"
        r"customers?|users?|skipped|forgotten|ignored|not)\b|"
        r"\b(?:exactly |just |precisely )?what (?:we|i) (?:had )?(?:warned|told|advised|"
        r"reminded|cautioned) you (?:about|of|would happen|against)\b|"
        r"\b(?:can|could),?(?: of course,?| naturally,?| obviously,?)? only (?:work|go|act|rely) "
        r"(?:from|on|with|by) (?:the )?(?:information|"
        r"details|instructions|info|what)\b|"
        r"\bif you (?:meant|wanted|intended|needed|expected) (?:something|anything) (?:else|"
        r"different)\b",
        "The cause is put on the customer.",
        "Say what happened without pointing at them; if part of it is theirs, say once, calmly, "
        "what they can do and how we help.",
        unless_text=OWNED,
    ),
    # A former, temporary or new colleague made the cause, with what they got wrong.
    Rule(
        "blame_shifting",
        r"\b(?:our|a|the|one of our) (?:previous|former|old|ex-|last|outgoing|departed|"
        rf"temporary|agency|stand-in|relief|new|junior|trainee) (?:[\w-]+ ){{0,2}}?{WORKER}s?\b"
        rf"[^.!?\n]{{0,80}}?(?:{MISSTEP}|\bwithout (?:checking|asking|telling|reading|"
        r"confirming|looking|double-checking))",
        "The mistake is put on one person.",
        "Own it as a business: 'we gave your date away twice, and our booking check let it "
        "happen'.",
        unless_text=OWNED,
    ),
    # Our own change or event told as if nobody ran it: a failover that "did not complete as
    # expected", an upgrade that "ran longer than planned", an email "sent in error", a rotation
    # "pushed to 40% of nodes", a class "cancelled owing to" something.
    Rule(
        "hedging_passive",
        r"\b(?:did not|didn't|failed to|would not|wouldn't|could not|couldn't) (?:complete|run|"
        r"finish|work|go|proceed|behave|perform|apply|deploy|trigger|switch over|fail over|start|"
        r"update|sync|respond|roll back) (?:\w+ )?as (?:expected|planned|intended|designed|"
        r"scheduled|it should(?: have)?)\b|"
        r"\b(?:ran|overran|took|lasted) (?:much |far |significantly |considerably |a lot |"
        r"slightly )?longer than (?:planned|expected|anticipated|scheduled|intended)\b|"
        r"\b(?:was|were|has been|have been|had been) (?:\w+ )?(?:sent|issued|published|posted|"
        r"charged|applied|given|shown|deleted|cancell?ed|billed|emailed|printed|processed|"
        r"released|added|removed|booked|allocated|marked|debited|shared) (?:[\w,-]+ ){0,6}?"
        rf"{IN_ERROR}\b|"
        r"\b(?:this|that|it) should(?: not|n't) have happened\b|"
        rf"\b{OWN_CHANGE} (?:was|were|had been|has been) (?:\w+ly )?(?:pushed|deployed|applied|"
        r"rolled out|released|run|started|triggered|scheduled|carried out|performed|"
        r"introduced)\b(?! by (?:us|our|me|one of))|"
        # "Looks like" opening a clause, not "the page looks like this".
        r"(?<!\w )(?<!\w)(?:it )?looks like\b|"
        r"\b(?:has|have) (?:now |since |already )been (?:mitigated|addressed|remediated)\b",
        "Agentless wording tells our own change or decision as if nobody made it.",
        "Say who did what: 'we started a database upgrade that took three hours longer than we "
        "planned', 'we sent the email to every student by mistake'.",
        unless_sentence=rf"\b(?:we|i|us|our|me|my)\b|{FOUND_BY}|{CUSTOMER_CHOSE}",
    ),
    # Sent to the wrong people, or called off for a reason, with no one doing it; unless the
    # message goes on to say what we did ("we typed your house number the wrong way round").
    Rule(
        "hedging_passive",
        r"\b(?:was|were) (?:\w+ )?(?:sent|emailed|posted|delivered|shown|published|issued) to "
        r"(?:[\w'-]+ ){1,5}?(?:rather than|instead of)\b|"
        r"\b(?:was|were|has been|have been) (?:cancell?ed|postponed|suspended|withdrawn|called "
        r"off|closed) (?:\w+ ){0,2}?(?:owing to|due to|because of|as a result of)\b",
        "Agentless wording tells our own change or decision as if nobody made it.",
        "Say who did what: 'we sent the fixture email to the whole club instead of this squad'.",
        unless_sentence=r"\b(?:we|i|us|our|me|my)\b",
        unless_text=OWNED + r"|\b(?:we|i) (?:\w+ )?(?:typed|sent|posted|put|entered|picked|used|"
        r"mixed|misread|copied|forgot|missed|chose|clicked|selected|addressed|decided|"
        r"cancell?ed)\b",
        # A calm boundary may say why a flight was cancelled when it explains the rules.
        skip_kinds=("boundary",),
    ),
    # The harm to customers told as what they might see: "customers may notice slower
    # speeds", "your site may be intermittently unavailable".
    Rule(
        "hedging_passive",
        r"\b(?:customers|users|clients|members|residents|subscribers|passengers|patients|you|"
        r"some|many)\b(?: [\w-]+){0,4}? (?:may|might|could) (?:also |still |occasionally |"
        r"intermittently |briefly |temporarily )?(?:see|notice|experience|encounter|find|face|"
        r"get|have) (?:[\w-]+ ){0,3}?(?:slow|slower|delays?|errors?|issues?|problems?|"
        r"disruption|interruptions?|outages?|difficult\w*|failures?|trouble|timeouts?)\b|"
        r"\b(?:may|might|could) be (?:\w+ly )?(?:unavailable|down|offline|inaccessible|"
        r"unreachable|disrupted|degraded|interrupted)\b",
        "'May see' or 'may be unavailable' hedges a harm we know is happening.",
        "Say plainly what is happening and to whom: 'your site is failing for some visitors; "
        "we expect it back by 15:00'.",
        unless_sentence=OTHERS_MAY + r"|\bif\b",
    ),
    Rule(
        "hedging_passive",
        r"\b(?:does|did|do)(?: not|n't) (?:appear|seem) to have (?:been )?\w+ed\b",
        "'Does not appear to have' hedges what our own records show.",
        "Say plainly what happened: 'we did not add your tasting to Sunday's list'.",
        unless_sentence=OTHERS_MAY,
    ),
    # Defences: blame denied outright, our standing, our people's credentials, our systems'
    # soundness, what we warned them about.
    Rule(
        "defensive",
        r"\b(?:can(?:not|'t)|could(?:n't| not)|is(?:n't| not)|was(?:n't| not)) (?:be )?"
        r"(?:attributed|attributable|put down|ascribed|traced|down) to (?:any|an?) (?:[\w-]+ )?"
        r"(?:failing|fault|error|failure|mistake|negligence|action|wrongdoing|shortcoming)s?\b|"
        r"\bone of the (?:most|best|safest|\w+est) (?:[\w-]+ ){0,3}?(?:in|across) (?:the |this )?"
        r"(?:country|industry|region|uk|world|sector|business|area|city|market|trade|county|"
        r"nation)\b|"
        r"\bprides? (?:itself|ourselves|myself|themselves) on\b|\b(?:flawless|unblemished|perfect|"
        r"exemplary|faultless|impeccable|spotless|enviable) (?:track )?record\b|"
        r"\b(?:follow|follows|followed|have|has|operate|operates) (?:a |an )?(?:very )?(?:strict|"
        r"rigorous|robust|stringent|thorough) (?:[\w-]+ ){0,2}?(?:procedure|process|policy|"
        r"protocol|checklist|regime)s?\b|"
        rf"\b(?:our|my) (?:[\w-]+ )?{OUR_PEOPLE}(?: members)? (?:is|are|were) (?:all )?(?:fully |"
        rf"highly |properly |extensively |professionally |very )?{CREDENTIALED}\b|"
        r"\bknow what (?:they're|they are|we're|we are|i'm|i am) doing\b|"
        r"\b(?:our|the|[\w-]+['\u2019]s) (?:[\w-]+ )?(?:systems?|platform|network|processes|"
        r"controls|safeguards|security) "
        r"(?:is|are|was|were|remains?) (?:\w+ )?(?:robust|secure|resilient|reliable|rigorously "
        r"tested|regularly tested)\b|"
        r"\bnot (?:\w+ ){0,4}?because of anything (?:we|i) (?:did|do|have done|changed|touched)\b|"
        r"\b(?:exactly |just |precisely )?what (?:we|i) (?:had )?(?:warned|told|advised|"
        r"reminded|cautioned) you (?:about|of|would happen|against)\b|"
        r"(?:^|[.!?]\s+|\n|[\u2014\u2013]\s*)not (?:us|ours|me)\s*[.!]",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        unless_text=OWNED,
    ),
    # The notice we gave held up, even in a calm boundary: "notified to you by email on 2
    # January".
    Rule(
        "defensive",
        r"\b(?:notified|communicated|explained|emailed|announced|sent|given) to (?:you|all "
        r"(?:customers|subscribers|members)|every (?:customer|subscriber|member)) (?:by email |"
        r"in writing |by letter |by post |in advance )?(?:on|in) (?:\d|the \d)",
        "This holds what we told them before up to the customer.",
        "Say what changed and what they can do now; the date of our notice can wait for a "
        "question.",
    ),
    Rule(
        "jargon",
        rf"\b(?:{ENGINEERING_TERMS})\b",
        "A technical term the customer may not know.",
        "Say it in plain words, or explain it right after: 'the copy of the database that was "
        "running behind'.",
        extra={"explained_after": EXPLAINED_AFTER},
    ),
    # More excuses: a system inherited from a supplier, the hold-up said to sit with someone
    # else, "it was your bank that…", only so much we could do, weather or roadworks that held
    # us up, staff working under pressure.
    Rule(
        "blame_shifting",
        rf"\binherited from (?:our|a|an|the|their) (?:[\w-]+ ){{0,3}}?{OUTSIDER}s?\b|"
        r"\b(?:hold-?up|delay|problem|issue|fault|bottleneck|blockage) (?:is|was|lies|lay|sits|"
        r"rests) (?:entirely |squarely |firmly |now )?with (?:the|a|an|our|their|your) "
        rf"(?:[\w-]+ ){{0,2}}?{OUTSIDER}s?\b|"
        rf"\bit (?:was|is|'s) (?:your|the|their|our) (?:[\w-]+ ){{0,2}}?{OUTSIDER}s? (?:that|who|"
        r"which) (?:\w+ ){0,3}?(?:processed|sent|failed|delayed|held|blocked|rejected|lost|missed|"
        r"caused|broke|declined|returned|cancell?ed|cut|dropped)\b",
        "The cause is put on someone outside, as an excuse.",
        "Name them as a fact and still own our part: what we relied on and what we change.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        r"\b(?:only so much|not (?:very )?much|not a lot|little else) (?:that )?(?:we|i|anyone|"
        r"anybody) (?:can|could) (?:have )?(?:do|done)\b|"
        r"\b(?:isn't|is not|wasn't|was not) (?:very )?much (?:that )?(?:we|i|anyone) (?:can|could) "
        r"(?:have )?(?:do|done)\b|"
        # The customer held up in traffic is the harm, not our excuse.
        r"(?<!you were )(?<!you're )(?<!you are )"
        r"\b(?:held up|delayed|slowed(?: down)?|stuck) (?:by|in) (?:the )?(?:heavy |bad |severe )?"
        r"(?:roadworks|road closures?|traffic|snow|floods?|flooding|storms?|rain|weather)\b|"
        r"\b(?:heavy|torrential|severe|bad|extreme|freak) (?:rain|snow|weather|storms?|winds|"
        r"flooding)\b(?: [\w-]+){0,4}? (?:meant|slowed|delayed|held up|caused|forced)\b|"
        r"(?<!you're )(?<!you are )(?<!you were )\bunder (?:considerable|great|huge|intense|"
        r"immense|extreme|significant|enormous|heavy|a lot of|real) (?:time )?pressure\b",
        "The cause is put on circumstances, as an excuse.",
        "Say what we could have done and what we do now; the customer judges the rest.",
        unless_text=OWNED,
    ),
    Rule(
        "blame_shifting",
        rf"\b(?:error|mistake|slip) (?:occurred|happened|was made|crept in) (?:when|because|as) "
        rf"(?:a|an|one of our|our|the) (?:[\w-]+ ){{0,2}}?(?:member of (?:our )?(?:[\w-]+ )?staff|"
        rf"{WORKER})\b",
        "The mistake is put on one person.",
        "Own it as a business: what our process let happen and what we change.",
        unless_text=OWNED,
    ),
    # The customer, or other customers, made the cause in more words: their usage "was the
    # cause", the affected accounts had not set something up, a code shared about, a leak from
    # a neighbour's bath, a duty under the contract held up to them.
    Rule(
        "blame_shifting",
        r"\byour (?:[\w'-]+ ){0,3}?(?:was|were|is|are) (?:the )?(?:root )?cause\b|"
        r"\b(?:the )?affected (?:accounts|customers|users|clients|members|sites|shops) (?:had not|"
        r"hadn't|did not|didn't|failed to|had failed to) (?:\w+ )?(?:complet|follow|verif|updat|"
        r"upgrad|configur|enabl|set|read|check|confirm)\w*|"
        r"\b(?:some|other|a few|certain) (?:[\w-]+ )?(?:users|customers|members|people|players|"
        r"guests|buyers|shoppers) (?:had )?(?:shared|posted|leaked|circulated|resold) (?:it|them|"
        r"(?:the|their) (?:[\w-]+ ){0,2}?(?:codes?|links?|tickets?|passwords?|details|logins?)) "
        r"(?:widely|publicly|online|on social media|with (?:others|friends|non-members))\b|"
        r"\b(?:came|comes|originated|stemmed|resulted) from (?:the|a|an|another) (?:[\w-]+ ){0,1}?"
        r"(?:tenant|neighbour|neighbor|resident|occupant|guest|customer|member|visitor)s? "
        r"(?:[\w-]+ ){0,3}?(?:leaving|letting|failing|forgetting|ignoring|misusing|not)\b|"
        r"\bnot (?:\w+ )?(?:responsible|liable) for\b[^.!?\n]{0,80}?\b(?:that|which) (?:you )?"
        r"(?:should|ought to)(?: not|n't)? have\b|"
        r"\b(?:customers|members|tenants|users|clients|passengers|account holders|you) (?:also )?"
        r"(?:have|has|bear) (?:a |the )?(?:\w+ )?responsibility (?:under|to)\b",
        "The cause is put on the customer, or on other customers.",
        "Say what happened without pointing at them; if part of it is theirs, say calmly what "
        "they can do and how we help.",
        unless_text=OWNED,
    ),
    # More defences: volume handled without a fault held up, the terms said to be clear, our
    # compliance with the rules, figures right "on the information available", the cause put on
    # someone "and not by us", the fault said not to lie with us.
    Rule(
        "defensive",
        r"\b(?:over|more than|nearly|almost|some) [\d,.]+(?: million| thousand)? (?:[\w-]+ ){0,6}?"
        r"without (?:a single |any |one )?(?:[\w-]+ )?(?:issue|incident|problem|complaint|fault|"
        r"failure|error|submission|delay)s?\b|"
        r"\b(?:our|the) (?:[\w-]+ ){0,2}?(?:terms|conditions|contract|agreement|policy|rules|"
        r"regulations|guidance) (?:of [\w-]+ )?(?:are|is|were|was) (?:very |perfectly |quite )?"
        r"clear (?:that|on|about)\b|"
        r"\b(?:follows?|followed|meets?|met|exceeds?|exceeded|adheres? to|adhered to) (?:or "
        r"exceeds? )?(?:all |every )?(?:applicable |relevant |regulatory |legal |statutory )"
        r"(?:[\w-]+ ){0,3}?(?:requirements|regulations|rules|standards|laws|guidance)\b|"
        r"\b(?:accurate|correct|right) (?:on the basis of|based on|given) the information "
        r"(?:available|we had|held)\b|"
        r"\b(?:caused|made|done|owned|maintained|operated|run) by\b[^.!?\n]{1,120}?,? and not by\b|"
        r"\b(?:fault|blame|responsibility|problem|error) (?:therefore |clearly |simply )?(?:does "
        r"not|doesn't|did not|didn't|cannot|can't) (?:lie|rest|sit|lay) with (?:us|me|our|the "
        r"[\w-]+)\b|"
        r"\b(?:accounts?|customers?|users?|members?|sites?|shops?|clients?) (?:that|who) (?:had )?"
        r"(?:followed|read|completed|used|enabled|set up|configured|updated|verified) (?:[\w-]+ )"
        r"{0,4}?(?:were|was) (?:not |un)affected\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        unless_sentence=OWNED,
    ),
    # Excuses a small business gives in everyday words: the one who does the job away, the van
    # off the road, the traffic on the way, a colleague's muddled diary, a partner's servers
    # that gave way.
    Rule(
        "blame_shifting",
        rf"\b(?:{WORKER}|lad|guy|chap|boss|staff)s?\b[^.!?\n]{{0,40}}?\b(?:is|was|were|are|'s|"
        r"(?:has|have|had|'s) been) (?:off|away|on (?:holiday|leave|annual leave|sick leave|"
        r"a course))\b(?! to\b)|"
        r"(?<!your )(?<!their )\b(?:van|lorry|truck|vehicle|press|oven|machine|kiln|printer)"
        r"(?:'s| has| had| is| was)?(?: been)? (?:off the road|out of action|out of service|"
        r"broken down|broke down|in for (?:repairs?|a service))\b|"
        r"\btraffic\b[^.!?\n]{0,40}?\b(?:was|is|were|has been) (?:\w+ )?(?:a nightmare|terrible|"
        r"awful|horrendous|horrific|gridlocked|chaos|chaotic|a disaster|murder|mad|crazy|at a "
        r"standstill|solid)\b|\b(?:stuck|sat|caught|queuing|held up) in (?:\w+ ){0,2}?traffic\b|"
        r"\bgot (?:his|her|their) (?:\w+ ){0,2}?(?:in a (?:muddle|mess|twist|tangle)|mixed up|"
        r"muddled|crossed)\b",
        "A hardship of ours is given as the reason, as an excuse.",
        "Say what we could have done and what we do now: 'we had no cover for the driver; "
        "that is on us'.",
        unless_text=OWNED,
        # Saying who stands in is planning, and the customer stuck in traffic is the harm.
        unless_sentence=r"\b(?:cover|covering|in (?:his|her|their) place|stand in)\b|"
        r"\byou(?:'re| were| are| was)? (?:\w+ )?(?:stuck|sat|caught|queuing|held up)\b",
    ),
    # The customer's own choice made the cause: they got what they asked for, the cause was
    # theirs "rather than" ours, what the contractor acting for us failed to do, and the
    # responsibility said to pass to them.
    Rule(
        "blame_shifting",
        r"\byou (?:asked for|requested|chose|picked|ordered|selected|wanted|specified|booked|"
        r"approved)\b[^.!?\n]{0,60}?(?:,|;|\band|\bso) (?:that's|that is|this is|which is) "
        r"(?:exactly |precisely |just )?what (?:we|you|i)\b|"
        r"\b(?:caused by|due to|down to|the result of|because of) (?:(?!our\b|my\b|we\b)[\w'-]+ )"
        r"{1,8}?rather than (?:(?:by )?(?:us|me|ourselves|anything (?:we|i) did)\b|by (?:the )?"
        r"[\w&-]+(?=\s*[.!;,]|$))|"
        r"(?:\bnot|n't|\bnever|\bfailed)\b[^.!?\n]{0,60}?\bby (?:the|a|an|its|their) "
        r"(?:[\w-]+ ){0,3}?[\w-]+,? (?:who|which) (?:is|are|was|were) (?:\w+ )?responsible for\b|"
        r"\bresponsibility (?:then |therefore )?(?:passes|transfers|shifts|moves|lies|rests|falls|"
        r"sits) (?:\w+ )?(?:to|with|on) (?:you|the (?:customer|recipient|buyer|purchaser|owner|"
        r"client|member|account holder|cardholder|sender|passenger|guest|tenant|user))\b",
        "The cause is put on the customer or someone else, as an excuse.",
        "Say what happened without pointing at them; if part of it is theirs, say calmly what "
        "they can do and how we help.",
        unless_text=OWNED,
        # A refund or redo of what they asked for is a fix, and a boundary may state the terms.
        unless_sentence=r"\b(?:refund|replace|credit|money back|remade|redone|again)\w*",
        skip_kinds=("boundary",),
    ),
    # Playing down in more words: a change to their plans called small, harm said to mend
    # itself "anyway", or to go unnoticed.
    Rule(
        "minimising",
        r"\b(?:a|one|some) (?:small|slight|minor|little|tiny|quick) (?:change|adjustment|tweak|"
        r"amendment|alteration)s? (?:to|in) your\b|"
        r"\b(?:will|'ll|should) (?:\w+ ){0,2}?(?:grow back|grow out|wash out|fade|settle|heal|"
        r"blow over|go unnoticed|be forgotten)\b[^.!?\n]{0,40}?\b(?:anyway|in no time|soon "
        r"enough|before you know it)\b|"
        r"\b(?:no one|nobody|no-one) (?:will|would) (?:even |ever )?(?:notice|know|be able to "
        r"tell)\b",
        "This downplays the harm it did.",
        "Say plainly what the customer lost or could not do; let them judge the size.",
    ),
    # Defences in more words: responsibility refused, our policy's age and evenness held up,
    # the rules said to have been followed to the letter, the problem said to be hardly ours.
    Rule(
        "defensive",
        r"\b(?:cannot|can't|can not|do not|don't|will not|won't|does not|doesn't) accept (?:that )?"
        r"(?:[\w&'-]+ ){1,3}?(?:is|are|was|were|should be|can be) (?:held )?(?:responsible|"
        r"to blame|at fault|liable|accountable)\b|"
        r"\b(?:had|'ve had|have had) (?:this|that|the same|our) (?:[\w-]+ )?(?:policy|rule|fee|"
        r"charge|terms) for (?:\w+ ){0,2}?(?:years|decades)\b|"
        r"\b(?:apply|applies|enforce|enforces) (?:it|this|them|the (?:[\w-]+ )?(?:policy|rule|fee|"
        r"charge|terms)) (?:to|on) (?:every|all|each) (?:[\w-]+ )?(?:clients?|customers?|members?|"
        r"guests?|patients?|owners?|tenants?|users?|bookings?)\b|"
        r"\b(?:exactly|precisely|strictly|fully) (?:as|in line with what|in accordance with what) "
        r"(?:the |our )?(?:[\w'-]+ )?(?:constitution|rules|terms|policy|contract|agreement|"
        r"regulations|law|bylaws|by-laws|articles|handbook|guidelines) (?:requires?|says?|states?|"
        r"sets? out|demands?|allows?|permits?)\b|"
        r"\bhardly (?:our|my|the (?:club's|school's|shop's|company's)) (?:fault|problem|concern|"
        r"doing|responsibility|issue|mistake)\b|"
        r"\bno (?:\w+ )?could have (?:absorbed|handled|coped with|withstood|survived|served|"
        r"managed)\b|\b(?:performed|worked|behaved|functioned|responded) (?:\w+ )?as (?:it was |"
        r"they were )?designed\b|"
        r"\bas (?:one of )?(?:the )?(?:[\w-]+'s )?(?:best-loved|most[- ]trusted|most[- ]loved|"
        r"leading|most popular|best-known|best[- ]rated|top[- ]rated|award-winning)\b",
        "This argues our case instead of owning the failure.",
        "Leave out the defence; say what happened, what it meant for them and what we do now.",
        # Applying a refund or credit to everyone affected is a remedy, not a policy held up.
        unless_sentence=r"\b(?:affected|refunds?|credits?|discounts?)\b",
    ),
)

# Capitals that are names, everyday abbreviations or the words of a notice's title, not
# shouting.
ACRONYM_WORDS = """
    UTC GMT CET CEST BST EST EDT PST PDT CST AM PM OK ID IT PDF CSV URL FAQ EU UK US USA
    VAT GDPR CEO CTO CFO COO IBAN BIC SEPA SMS SSL TLS DNS HTTP HTTPS API IMAP SMTP POP SFTP
    FTP SSH CPU RAM SSD HDD NAS VPN IP ISP WWW HQ PIN PO NHS IRS HMRC ATM POS CRM ERP SaaS
    TV PC DIY SLA ASAP NB PS RE FW FWD CC BCC DM AI QA HR PR LLC LTD GMBH BV SA AG INC PLC NV
    KB MB GB TB GHZ MHZ KM KG CM MM EUR USD GBP CHF SEK NOK DKK AWS GCP DHL UPS USPS CDN DDOS
    BGP OOM TTL RAID NFS SAN VM VMS CI CD DKIM SPF DMARC MX XML JSON HTML CSS PHP SQL IOS
    NYC LA SF EMEA APAC NA Q1 Q2 Q3 Q4 ETA RSVP RMA SKU ICT MFA TOTP OTP WIFI LAN WAN SSO
    GP MOT DBS GCSE PTA PE SEN EHCP OFSTED INSET OLED QLED LCD HDMI USB ET PT
    NOTICE UPDATE ALERT ALLERGY RECALL SAFETY INCIDENT STATUS STATEMENT SERVICE ROUTE
    MAINTENANCE OUTAGE CLOSURE DISRUPTION ADVISORY BULLETIN REMINDER SCHEDULE"""
ACRONYMS = frozenset(ACRONYM_WORDS.split())
# Ordinary words written in capitals: shouting, whatever their length.
EMPHATIC_WORDS = """
    SO ON IN AT IS IT NOT NO ALL YOU DID NOW WE ARE WAS HAD HAS YES NEVER MUST READ YOUR THE AND
    ONLY STOP JUST EVEN
    WILL AGAIN ALREADY STILL VERY EVERY ANY MANY MUCH ONE TWO THREE SAID TOLD BEFORE THEY
    THEIR THIS THAT WHAT WHY HOW CANNOT CAN'T DON'T WON'T DOESN'T ISN'T AREN'T SMALL BIG
    WRONG RIGHT CLEARLY ABSOLUTELY COMPLETELY TOTALLY FULLY ALWAYS EVER NOTHING EVERYONE
    ANYONE NOBODY PLEASE IMPORTANT NOTE URGENT WARNING DO DOES DONE OUR OURS US THEM HIM HER
    FREE FIRST LAST TIME TIMES DAY DAYS HOUR HOURS WEEK MONTH SAME OWN MORE LESS ENOUGH
    CLEAR SIMPLE FAULT BLAME POLICY RULES TERMS CONTRACT AGREEMENT FIX BROKEN DOWN HERE
    THERE BECAUSE SHOULD WOULD COULD NEED ASKED SEE LOOK CHECK DELETE DELETED LATE SOON
    ONCE TWICE BACK OFF OUT UP INCLUDED RESPONSIBLE LIABLE OBLIGATION HONESTLY FRANKLY
    SERIOUSLY REALLY QUICKLY SLOWLY PROPERLY CAREFULLY EXACTLY DEFINITELY PERSONALLY
    TO FOR OF WITH BUT OR IF WHO WHEN FOUR FIVE SIX SEVEN EIGHT NINE TEN TWELVE TWENTY HUNDRED
    HUNDREDS THOUSAND THOUSANDS THIRD FOURTH FIFTH SIXTH EVERYWHERE EVERYTHING ANYTHING
    SOMETHING SOMEONE NONE TOO SAFE CORRECT FINAL SORRY STANDS OOPS OMG LOL LOT"""
EMPHATIC = frozenset(EMPHATIC_WORDS.split())
# Endings that make a capitalised word an ordinary English word rather than a name.
ENGLISH_ENDINGS = ("LY", "ED", "ING", "TION", "MENT", "NESS", "ABLE", "IBLE", "FUL", "LESS")
