"""Triage of a customer's reply: what they want, how they feel, and the words that say so.

Pure Python with no database and no network, so it runs on every message as it arrives and
on the command line (`ownup inbox triage`). Only the customer's own words count: quoted
lines, the message they answer ("On … wrote:", "-----Original Message-----") and their
signature are blanked out before matching, with every character kept in place so each cue's
offsets point into the text exactly as it was given.

The rules are word lists, not a trained model: an agent can see why a message was sorted
the way it was (the cues are highlighted on the card) and a wrong call is one regular
expression away from being fixed, with the labelled corpus in the tests saying whether the
fix broke something else.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import models


class Intent(models.TextChoices):
    STATUS = "status", "Asks how it stands"
    AFFECTED = "affected", "Was I affected?"
    REFUND = "refund", "Wants a refund or compensation"
    CANCEL = "cancel", "Wants to cancel"
    THANKS = "thanks", "Says thanks"
    OTHER = "other", "Other"


class Feeling(models.TextChoices):
    CALM = "calm", "Calm"
    UPSET = "upset", "Upset"
    ANGRY = "angry", "Angry"


# The queue shows the angriest first: a lower rank comes earlier.
FEELING_RANK: dict[str, int] = {Feeling.ANGRY: 0, Feeling.UPSET: 1, Feeling.CALM: 2}


def feeling_rank(feeling: str) -> int:
    """Where a feeling sorts in the queue; an unknown or empty feeling sorts with the calm."""
    return FEELING_RANK.get(feeling, FEELING_RANK[Feeling.CALM])


# Services a customer may ask of us that an agreement can place with them.
ASKS_RESTORE = "restore"


@dataclass(frozen=True)
class Cue:
    """Words that led to a label. Offsets index the text given to `triage`; a cue found in
    the subject instead has start == end == -1."""

    label: str
    start: int
    end: int
    words: str

    def as_dict(self) -> dict[str, Any]:
        return {"label": self.label, "start": self.start, "end": self.end, "words": self.words}


@dataclass(frozen=True)
class Triage:
    intent: str
    feeling: str
    cues: tuple[Cue, ...]
    asks_for: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "intent": self.intent,
            "feeling": self.feeling,
            "cues": [c.as_dict() for c in self.cues],
            "asks_for": list(self.asks_for),
        }


@dataclass(frozen=True)
class _Rule:
    label: str
    pattern: re.Pattern[str]
    # False when the words carry their own negation ("not happy") or a negation does not
    # undo them ("never again").
    negatable: bool = True
    # True when the words only count in a question ("what went wrong?", not "thank you for
    # telling us what went wrong").
    question: bool = False


def _rules(
    label: str, *patterns: str, negatable: bool = True, question: bool = False
) -> list[_Rule]:
    # One pattern per group: a scan of the text per group rather than per word list is what
    # keeps triage well under a millisecond for a typical reply.
    combined = "|".join(f"(?:{p})" for p in patterns)
    return [_Rule(label, re.compile(combined), negatable, question)]


_DATA = (
    r"(?:files?|data|databases?|db|e-?mails?|mail(?:box(?:es)?)?|inbox(?:es)?|site|website|"
    r"shop|store|pages?|posts?|photos?|pictures?|images?|backups?|content|tables?|records?|"
    r"orders?|blog|everything|it|them|uploads?|documents?|folders?|wordpress|products?|"
    r"customers?|accounts?|invoices?|projects?|work|settings|config\w*|repos?(?:itor(?:y|ies))?)"
)

_INTENT_RULES: dict[str, list[_Rule]] = {
    Intent.CANCEL: [
        *_rules(
            "intent:cancel",
            r"\bcancel(?:s|led|ling|lation|l?ing)?\b",
            r"\bclos(?:e|ing) (?:my|our|the) (?:\w+ )?account",
            r"\bterminat\w* (?:my|our|the) (?:\w+ )?(?:contract|account|service|subscription|plan)",
            r"\bend (?:my|our|the) (?:\w+ )?(?:contract|subscription|plan|service)\b",
            r"\b(?:switch|mov|migrat|go)\w* (?:to|over to) (?:another|a different|a new|a better|"
            r"other|a competitor|your competitor)",
            r"\bswitching providers\b|\btransfer (?:our|my|the) (?:\w+ )?away\b",
            r"\b(?:don'?t|do not) see (?:us|me|myself|ourselves) (?:staying|continuing|renewing)",
            r"\b(?:look|shop)\w* (?:for|around for) (?:another|a new|a different|a better|"
            r"other) (?:\w+ )?(?:host|provider|company|vendor|service|supplier|bank|partner)",
            r"\b(?:business|money|account) elsewhere\b",
            r"\b(?:mov|tak|host|go)\w* (?:\w+ ){0,3}elsewhere\b",
            r"\bclose (?:it|everything|us) (?:all )?down\b|\bfinal invoice\b",
            r"\bleav(?:e|ing) (?:you|for good|your (?:service|company))\b",
            r"\bdone with (?:you|your)\b",
            r"\bunsubscribe me from (?:your|the) (?:service|plan)",
            r"\bstop (?:my|our) (?:subscription|plan|service|contract)",
        ),
        *_rules(
            "intent:cancel",
            r"\b(?:not|won't|will not|wont|don't|do not) (?:to |be )?(?:auto-?|automatically )?"
            r"renew\w*",
            r"\bnot (?:be )?(?:staying|continuing|coming back)\b",
            negatable=False,
        ),
    ],
    Intent.REFUND: [
        *_rules(
            "intent:refund",
            r"\brefund(?:s|ed|ing)?\b",
            r"\bmoney back\b|\bpay (?:it|us|me) back\b",
            r"\b(?:offer|offering|give|giving)\w* (?:us |me )?(?:anything|something|any "
            r"compensation)\b",
            r"\b(?:month|fee|fees|payment|subscription|charge|invoice)s?(?:'s)? (?:\w+ )?back\b",
            r"\bcompensat\w+",
            r"\breimburs\w+",
            r"\bcredit(?:s|ed)?\b(?! cards?| to (?:you|your|the))",
            r"\b(?:something|money|\d+ ?%|a bit|a day|a week|a month) off\b",
            r"\boff (?:the|our|my) (?:next )?(?:bill|invoice)",
            r"\bpro[- ]?rat\w+",
            r"\bdiscount\w*",
            r"\bwaiv\w+",
            r"\bfree (?:month|months|week|period)\b",
            r"\bmake (?:this|it|things|up for (?:this|it))(?: right)?\b",
            r"\b(?:deduct|knock)\w* (?:\w+ ){0,3}(?:off|from) (?:my|our|the) (?:bill|invoice)",
            r"\bpay(?:ing)? (?:you )?for (?:a service|downtime|nothing|a month)",
            r"\b(?:charge|bill)\w* (?:me|us) for (?:the|this|a) (?:\w+ )?(?:outage|downtime|days?)",
            r"\bchargeback\b",
        ),
        *_rules(
            "intent:refund",
            r"\b(?:not|won't|will not|wont|refuse to) (?:be )?pay(?:ing)?\b",
            negatable=False,
        ),
    ],
    Intent.AFFECTED: [
        *_rules(
            "intent:affected",
            r"\b(?:am i|are we|was i|were we|is (?:my|our|this)|are (?:my|our)|was (?:my|our)|"
            r"were (?:my|our)|(?:is|are|was|were) any (?:of )?(?:my|our))\b"
            r"[^.?!\n]{0,50}?\b(?:affected|impacted|hit|involved|exposed|completed|interrupted|"
            r"lost|deleted|missed|corrupted|leaked|breached|stolen|among the|"
            r"touched|safe|compromised|among (?:them|those)|one of (?:them|those|the))",
            r"\b(?:did|does|will|would|could|has) (?:this|it|that|the (?:\w+ ){0,2}\w+) "
            r"(?:\w+ )?(?:affect|impact|hit|touch|reach|involve|change|break)\w* "
            r"(?:me|us|my|our|any of (?:my|our))\b",
            r"\b(?:whether|if) (?:i|we|my|our)\b[^.?!\n]{0,40}?\b(?:affected|impacted|"
            r"involved|among|touched|hit by|part of|completed|ran|finished|worked|caught up)",
            r"\b(?:whether|if) (?:\w+ ){0,3}(?:data|details|information|records|files|emails?) "
            r"(?:was|were|is|are|has been|have been) (?:exposed|leaked|affected|lost|accessed|"
            r"stolen|compromised)",
            r"\b(?:if|whether) (?:either|any|one|both) of (?:them|those|my|our)\b",
            r"\bpart of the affected\b",
            r"\b(?:also|too) (?:in|part of|hit by|affected by) (?:this|the) (?:problem|issue|"
            r"outage|incident)|\bin this (?:problem|issue|outage)\b",
            r"\b(?:which|what) of (?:my|our)\b",
            r"\bam i one of\b|\bare we one of\b|\bare we on\b|\bam i on\b",
            r"\bis (?:my|our) (?:\w+ ){0,3}(?:on|hosted on) (?:that|this|the affected)",
            r"\b(?:did|have) (?:i|we) lose\b|\b(?:did|have) (?:i|we) lost\b",
            r"\bis (?:my|our) (?:\w+ ){0,3}(?:data|information|card|password) (?:ok|okay|fine|"
            r"intact|still there|leaked|out there)",
            r"\b(?:my|our) (?:\w+ ){0,2}(?:affected|impacted)\?",
            r"\b(?:my|our) (?:[\w']+ ){0,3}(?:data|records|details|information|files|accounts?|"
            r"emails?|site|website|shop|store|server|mailbox(?:es)?) "
            r"(?:was|were|wasn't|weren't|is|isn't|are|aren't) (?:not )?"
            r"(?:in|part of|among|affected|exposed|leaked|involved|lost)\b",
            r"\b(?:was|is|are|were) (?:my|our) (?:[\w-]+ ){0,3}on [\w.-]+\s*\?",
        ),
        *_rules(
            "intent:affected",
            r"\b(?:does|did|will|would|could) (?:this|it|that|the (?:outage|incident|problem|"
            r"issue|failure|maintenance)) (?:\w+ )?(?:affect|impact|hit|touch|reach|involve|"
            r"interrupt|delete|lose|stop|corrupt|break)",
            r"\bpart of (?:what|the (?:outage|incident|problem|issue|breach|failure))",
            r"\b(?:was|were|is|are) the [\w-]+ (?:[\w-]+ )?(?:involved|affected|impacted|hit)\b",
            r"\b(?:related to|part of|caused by|because of|due to|from) (?:this|that|the|your) "
            r"(?:\w+ )?(?:outage|incident|issue|problem|failure|maintenance|breach|leak)",
            r"\b(?:could|would|might) (?:this|that|it) (?:have )?(?:been |be )?(?:why|the reason|"
            r"the cause|related|connected)",
            r"\byour (?:outage|incident|problem|issue|side|end)\b.{0,30}\b(?:or|on) "
            r"(?:our|my|something)",
            r"\b(?:on|at) (?:our|my) (?:end|side)\b|\bcaught up in\b",
            r"\b(?:was|were) (?:that|those) (?:the same|part of|related|because of|caused by|"
            r"due to)",
            r"\b(?:is|are|was|were) (?:my|our) (?:[\w-]+ ){0,3}on (?:the|that|this) (?:\w+ ){0,3}?"
            r"(?:server|machine|cluster|one|platform)",
            question=True,
        ),
    ],
    Intent.STATUS: [
        *_rules(
            "intent:status",
            r"\bwhen (?:will|can|do|does|is|are|should|might|would)\b",
            r"\bhow long\b",
            r"\b(?:any|an|the latest|an? new) (?:\w+ )?(?:update|news|progress|eta|word|"
            r"timeline|estimate|time ?frame)\b",
            r"\b(?:any idea|do you know|can you (?:tell|say)|an idea) (?:of )?(?:when|how long|"
            r"what time)\b",
            r"\bwhen\b[^.?!\n]{0,50}\b(?:will|'ll|be back|is back|expected|expect)\b",
            r"\bstill no (?:word|news|update|reply|answer|eta)\b|\bstill being\b",
            r"\bletting (?:me|us) know (?:when|once|as soon as)\b",
            r"\b(?:want|need|would like|expect|request|asking for)\w* (?:\w+ ){0,2}(?:explanation|"
            r"write-?up|incident report)\b",
            r"\b(?:send|give) (?:us|me) (?:\w+ ){0,2}(?:explanation|write-?up|incident report)\b",
            r"\bstill (?:can'?t|cannot|isn'?t|won'?t|doesn'?t|does not|will not|is not|not) "
            r"(?:\w+ )?(?:connect|load|work|open|send|receive|reach|available|up|running|log)",
            r"\bhow much longer\b|\bstatus page\b",
            r"\b(?:advise|update|inform)\w* (?:us |me )?(?:on|of|about) (?:the )?(?:current )?"
            r"(?:status|progress|situation)",
            r"\b(?:expected|estimated) time\b|\btime to (?:resolution|recovery|fix|restore)\b",
            r"\b(?:has|have|is|was) the (?:fix|repair|patch|change|update)\b",
            r"\b(?:anyone|anybody)(?: (?:there|home|around|reading this))?\s*\?",
            r"\b(?:is|are) (?:anyone|anybody|you|someone) (?:even )?(?:working|looking|doing)",
            r"\bupdates?\?",
            r"\beta\b",
            r"\b(?:what'?s|what is) (?:the )?(?:status|latest|situation|going on|happening)",
            r"\bstatus\?",
            r"\bstill (?:down|broken|offline|out|not working|not fixed|not resolved|ongoing|"
            r"happening|a problem|slow|unreachable|unavailable|degraded|affected)",
            r"\bwhich (?:\w+ )?(?:components|services|servers|parts|systems|regions) (?:are|is|"
            r"were|was)\b",
            r"\b(?:is|are|has|have) (?:it|this|that|the (?:\w+ ){0,4}\w+|everything|things) "
            r"(?:been )?(?:fixed|resolved|over|back|sorted|restored|recovered|stable|working|"
            r"finished|done|up)\b",
            r"\b(?:fixed|resolved|sorted|back (?:up|online)) yet\b",
            r"\b(?:root cause|post-?mortem|incident report)\b",
            r"\b(?:like|want|need|wish) to (?:know|understand|hear|learn) (?:what|why|how|when)\b",
            r"\bhow (?:is|are) (?:it|things|the (?:fix|repair|work)) (?:going|coming)",
            r"\bkeep (?:me|us) (?:posted|updated|informed)\b",
            r"\b(?:let|tell) (?:me|us) (?:know )?(?:when|once|as soon as)\b",
            r"\bwhat(?:'s| is) (?:the|your) (?:plan|timeline|next step)",
            r"\bis (?:there|it) (?:a|any) (?:\w+ )?(?:timeline|estimate|workaround|fix)\b",
        ),
        *_rules(
            "intent:status",
            r"\banyone else\b|\bany(?:body|one) other\b|\bother customers\b|\beveryone\b|"
            r"\bhow many (?:customers|people|sites|users|clients)\b",
            r"\bwhat (?:happened|caused|went wrong|is being done|are you doing)\b",
            r"\bwhy (?:is|are|was|were|did|does|has|do|hasn't|isn't) (?:it|this|that|the|our|my|"
            r"everything|things|your)\b",
            r"\b(?:same|new|different|another|related) (?:problem|issue|outage|incident|fault)\b",
            r"\b(?:further|more) (?:disruption|downtime|outages?|issues|problems|maintenance)\b",
            question=True,
        ),
    ],
    Intent.THANKS: [
        *_rules(
            "intent:thanks",
            r"\bthank(?:s|s so much|s a lot| you| you so much|ful)\b(?!,? (?:a lot )?for nothing)",
            r"\bappreciat\w+",
            r"\b(?:great|good|nice|excellent|brilliant|fantastic|amazing|superb|quick|fast|"
            r"clear|honest) (?:job|work|communication|handling|response|update|notice|"
            r"support|transparency|service|email|message|team)\b",
            r"\bkudos\b|\bwell (?:done|handled|played)\b|\bmuch obliged\b|\bgrateful\b",
            r"\bnice one\b|\bcheers\b|\bthx\b|\bthanx\b|\bty\b|🙏|👍",
            r"\b(?:nice|good|refreshing|great) to (?:see|hear|know|be told)\b",
            r"\bno (?:worries|problem)\b|\bthese things happen\b|\bno harm done\b",
        ),
    ],
}

# The order in which intents win when a message has several: what asks the most of us first.
# "Thanks" comes last because nearly every message says it somewhere.
_INTENT_ORDER = (Intent.CANCEL, Intent.REFUND, Intent.AFFECTED, Intent.STATUS, Intent.THANKS)

_ANGRY_RULES = [
    *_rules(
        "feeling:angry",
        # Insults and swearing.
        r"\b(?:incompeten\w+|useless|idiot\w*|moron\w*|clowns?|amateur\w*|pathetic|a joke|"
        r"garbage|rubbish|crap\w*|shit\w*|clueless|disgrac\w+|shambles|scam\w*|liars?|lying|"
        r"worthless|bullshit|wtf|damn\w*|hell\b|f\*+\w*|fuck\w*|bloody|circus|cowboys?|"
        r"joke of a|laughable|embarrassing|a farce|farcical|you people|done with you|lie|lies|"
        r"every penny|excuses|final straw)",
        # Threats: lawyers, reviews, chargebacks, going public.
        r"\b(?:sue|suing|lawyers?|attorneys?|legal action|solicitors?|court|small claims|"
        r"chargeback|dispute the charge|trading standards|better business bureau|bbb|"
        r"regulator|ombudsman|(?:bad|negative|1[- ]star|one[- ]star|honest) reviews?|"
        r"trustpilot|tell everyone|warn (?:others|everyone|people)|post about this|"
        r"on (?:twitter|social media|linkedin|reddit))\b",
        r"\bunacceptable\b|\bridiculous\b|\boutrageous\b|\babsurd\b|\bfurious\b|\blivid\b|"
        r"\bfed up\b|\bsick (?:and tired )?of\b|\bhad enough\b|\blast straw\b|"
        r"\benough is enough\b|\bdisgusted\b|\bdisgusting\b|\bappall\w+|\bunbelievable\b|"
        r"\bhow dare\b|\bshame on\b|\bpiss\w*|\bangry\b|\binfuriat\w+|\bworst\b|"
        r"\blost (?:all )?(?:faith|trust|confidence)\b|\bbeyond (?:a )?joke\b|"
        r"\binexcusable\b|\bunprofessional\b|\bnegligen\w+|\bcriminal\b|\bseriously\?",
        r"\b(?:third|fourth|fifth|sixth|3rd|4th|5th|nth|umpteenth|another) "
        r"(?:time|outage|incident|failure)\b",
        r"\b(?:again and again|over and over|time after time|every (?:single )?(?:week|month))\b",
    ),
    *_rules(
        "feeling:angry",
        r"\bthanks,? (?:a lot |very much )?for nothing\b",
        r"\bnever again\b",
        r"\bnot (?:at all )?(?:acceptable|good enough|ok|okay|fine|professional)\b",
        r"(?:^|[.!?]\s+)now\s*[.!]",
        r"\bdon'?t (?:even )?bother\b",
        # Praise that is not: "Wonderful, just wonderful", "Brilliant work, taking us offline".
        r"\b(great|wonderful|brilliant|fantastic|perfect|lovely|marvellous|superb),? just \1\b",
        r"\b(?:brilliant|great|fantastic|wonderful|amazing|excellent|nice) (?:work|job|stuff)\b,? "
        r"(?:\w+ )?(?:taking|breaking|losing|killing|leaving|deleting|knocking)",
        r"\bthanks a bunch\b|😡|🤬|😠",
        r"\bwhat (?:exactly|on earth|the hell)\b|\btook (?:my|our) money\b",
        r"\bdon'?t (?:contact|call|email|bother) (?:me|us)\b",
        r"\b(?:refuse to|won't|will not|not going to) (?:\w+ )?pay\b",
        negatable=False,
    ),
]

_UPSET_RULES = [
    *_rules(
        "feeling:upset",
        r"\b(?:frustrat\w+|disappoint\w+|upset\w*|annoy\w+|irritat\w+|worr(?:ied|ying|ies)|"
        r"concern(?:ed|ing)|stress(?:ed|ful)|anxious|nervous|unhappy|let down|inconvenien\w+|"
        r"panic\w*|scared|afraid|desperate\w*|dismay\w*|bothered|troubl(?:ed|ing)|"
        r"alarm(?:ed|ing)|shock(?:ed|ing)|terrible|awful|horrible|dreadful|poor|lousy|"
        r"mess|nightmare|disaster|unreliable|unusable|sloppy|complain\w*|hurt|confus\w+)\b",
        r"\b(?:we'?re|i'?m|we are|i am) (?:just )?done\b|\bplease help\b|\bwiped\b",
        r"\bbig deal\b|\bringing off the hook\b|\bwaiting since\b",
        r"\b(?:don'?t|do not) see (?:us|me) staying\b",
        r"\b(?:hours?|days?|a day|a week) (?:of|without) (?:downtime|service|e-?mail|access|"
        r"internet|phones?|a website|our site)\b",
        r"\b(?:could not|couldn'?t|can'?t|cannot|were unable to) (?:sell|trade|work|take "
        r"(?:orders|bookings|payments))\b|😟|😢|😞|😩",
        r"\b(?:down|offline|broken|out|unreachable) since\b|\bhours (?:in|now)\b",
        r"\b(?:really|very|so|pretty|too) bad\b|\bbad (?:experience|service|look|day)\b",
        r"\btoo many (?:\w+ )?(?:problems|outages|issues|incidents|failures|mistakes)\b",
        r"\b(?:second|2nd) (?:time|outage|incident)\b|\bkeeps? happening\b",
        r"\b(?:are|is|have|has) (?:all |now |just )?(?:gone|disappeared|vanished)\b",
        r"\b(?:a|real|big|huge|serious) loss\b|\bhit us (?:hard|badly)\b",
        r"\b(?:losing|lost|cost(?:s|ing)?|missed|missing out on)\b (?:\w+ ){0,4}?(?:money|sales|"
        r"customers|clients|business|orders|revenue|bookings|income|a day|hours|leads|deals)\b",
        r"(?<!anything )(?<!if )(?<!for )\b(?:urgent\w*|asap|immediately|right now|right away|"
        r"at once|critical|emergency)\b",
        r"\bas soon as (?:possible|you can)\b|\bplease hurry\b|\bhurry up\b",
        r"\b(?:down|broken|offline|out|failing|failed|happen\w*|slow|gone) again\b",
        r"\b(?:still|yet) (?:no|nothing|waiting|down|broken|not)\b",
        r"\b(?:no(?:body| one)|nothing) (?:has |have )?(?:replied|answered|called|responded|"
        r"told|contacted|got back)",
        r"\b(?:can'?t|cannot) afford\b",
        r"\b(?:my|our) (?:customers|clients|users|boss|staff) (?:are|is|were|have been) "
        r"(?:\w+ )?(?:complain\w*|calling|asking|angry|upset|furious|waiting)",
        r"\bhours? (?:of|without) (?:downtime|service|email|access)\b",
        r"\ball (?:day|morning|afternoon|night|week)\b",
    ),
    *_rules(
        "feeling:upset",
        r"\bnot (?:very |too |at all |exactly |really )?(?:happy|pleased|impressed|great|"
        r"good|amused|satisfied|reassured|reassuring|helpful|clear)\b",
        r"\bnot (?:been )?(?:told|informed|notified|warned)\b",
        r"\b(?:nobody|no one) (?:told|tell|warned|warn|informed|inform|called|answered)\b",
        r"\b(?:haven't|hasn't|didn't|have not|has not|did not|still not) (?:yet )?(?:received|"
        r"got|gotten|heard)\b",
        r"\b(?:not|isn't|wasn't) the first time\b",
        r"\b(?:weren't|wasn't|were not|was not|haven't been|hasn't been) (?:told|informed|"
        r"notified|warned)\b",
        r"\bwhy (?:wasn't|weren't|didn't|hasn't|haven't) (?:i|we|anyone|anybody|you)\b",
        negatable=False,
    ),
]

_RESTORE_RULES = [
    *_rules(
        f"asks:{ASKS_RESTORE}",
        rf"\b(?:restor(?:e|ing)|recover(?:ing)?|roll(?:ing)? ?back|revert(?:ing)?|"
        rf"undelet(?:e|ing))\b(?: (?:\w+'?s?|[-/]|\d+)){{0,5}} {_DATA}\b",
        r"\b(?:restor(?:e|ing)|recover(?:ing)?|roll(?:ing)? ?back|revert(?:ing)?) "
        r"(?:\w+ ){0,6}?(?:from|to) (?:a |the |your |our |my |last \w+'?s? |yesterday'?s? |"
        r"an earlier |an older |the latest |the last )?(?:\w+ )?(?:backups?|snapshots?|"
        r"copy|version|state|point)\b",
        rf"\b(?:get|have|bring|put|give)(?:ting)? (?:my|our|the|all|all (?:my|our|the)) "
        rf"(?:\w+ ){{0,3}}?{_DATA} back\b",
        r"\broll (?:my|our|the) (?:\w+ ){0,2}back\b",
        r"\b(?:get|bring|have) (?:them|those|these) back\b",
        rf"\b(?:need|want|like|get|have|please)\b (?:\w+ ){{0,3}}?{_DATA} (?:restored|recovered|"
        rf"rolled back|undeleted|brought back)\b",
        r"\b(?:restore|recover|rollback|roll back)\b(?= (?:it|them|this|that)?\s*(?:please|"
        r"for (?:me|us)|asap|\?|\.|!))",
    ),
]

# A negation a few words before a cue undoes it ("no refund needed", "I'm not angry"),
# unless the words in between say the thing was missed rather than refused ("I didn't get
# my refund").
_NEGATION = re.compile(
    r"\b(?:not|no|never|nor|without|hardly|nothing|none|neither)\b|n't\b|\bdont\b|\bwont\b|"
    r"\bcant\b|\bdidnt\b"
)
_NEGATION_WINDOW_WORDS = 4
_MISSED = re.compile(
    r"\b(?:get|got|gotten|receive|received|seen|see|heard|hear|yet|still|arrived|been)\b"
)
_NEGATED_AFTER = re.compile(
    r"^[\s\w]{0,12}?\b(?:is|are|was|would be|will be)?\s*(?:not|n't|never)\s+"
    r"(?:needed|necessary|required|expected|wanted|an issue|a problem)"
    r"|^\s*(?:needed|necessary|required)\?? ?(?:no|not)\b"
)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n()]|,| - |[\u2013\u2014]|\bbut\b|\bhowever\b|\bthough\b")

# Where the customer's own words end: the message they quote, or their signature.
_QUOTE_START = re.compile(
    r"^[ \t]*(?:On\b[^\n]{0,300}?(?:\n[^\n]{0,200}?)?wrote:[ \t]*$"
    r"|Le\b[^\n]{0,300}?a écrit ?:[ \t]*$"
    r"|Am\b[^\n]{0,300}?schrieb[^\n]*:[ \t]*$"
    r"|-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}"
    r"|_{10,}[ \t]*$"
    r"|From:[^\n]*\n(?:[^\n]*\n)?(?:Sent|Date):"
    r"|-- ?$"
    r"|Sent from my \w+)",
    re.MULTILINE | re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]+|\n\s*\n|$")
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)

# Shouting: words in capitals (acronyms aside) and runs of exclamation marks.
_CAPITAL_WORD = re.compile(r"\b[A-Z]{3,}\b")
_ACRONYMS = frozenset(
    re.findall(
        r"\w+",
        "ETA DNS SSL TLS URL API FTP SSH SMTP IMAP HTTP HTTPS CPU RAM VPS CDN SLA CEO CTO CFO "
        "VAT USD EUR GBP PDF CSV SQL PHP FAQ GDPR UTC GMT CET EST PST ISP IMO FYI ASAP AWS RSS "
        "WWW NAS SAN RAID SMS MFA OTP IBAN SEO CMS POS ERP CRM",
    )
)
# Two exclamation marks are enthusiasm as often as anger; three, or "?!", are not.
_EXCLAMATIONS = re.compile(r"[!?]{3,}|\?!|!\?")

_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|sv|antw|tr)\s*:\s*|\[[^\]]*\]\s*)+", re.I)


def own_words(text: str) -> str:
    """`text` with everything that is not the sender's own writing blanked out.

    Quoted lines, the quoted message after "On … wrote:" and the signature become spaces;
    newlines stay, so every offset into the result is the same offset into `text`.
    """
    end = len(text)
    found = _QUOTE_START.search(text)
    if found is not None:
        end = found.start()
    kept = text[:end]
    kept = _QUOTED_LINE.sub(lambda m: " " * len(m.group()), kept)
    tail = re.sub(r"[^\n]", " ", text[end:])
    return kept + tail


def _lowercase(text: str) -> str:
    """Lowercase with every character kept in place, so offsets stay true."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _negated(lower: str, start: int, end: int) -> bool:
    before = lower[max(0, start - 60) : start]
    clause = _CLAUSE_BREAK.split(before)[-1]
    words = re.findall(r"[\w']+", clause)[-_NEGATION_WINDOW_WORDS:]
    window = " ".join(words)
    negations = list(_NEGATION.finditer(window))
    if negations and not _MISSED.search(window[negations[-1].start() :]):
        return True
    return bool(_NEGATED_AFTER.search(lower[end : end + 40]))


def _matches(rules: list[_Rule], text: str, lower: str) -> list[Cue]:
    cues: list[Cue] = []
    for rule in rules:
        for m in rule.pattern.finditer(lower):
            if m.end() == m.start():
                continue
            if rule.negatable and _negated(lower, m.start(), m.end()):
                continue
            if rule.question and not _in_question(lower, m.end()):
                continue
            cues.append(Cue(rule.label, m.start(), m.end(), text[m.start() : m.end()]))
    return cues


def _in_question(lower: str, position: int) -> bool:
    """Whether the sentence going on at `position` ends with a question mark."""
    found = _SENTENCE_END.search(lower, position)
    return found is not None and "?" in found.group()


def _shouting(text: str) -> list[Cue]:
    capitals = [m for m in _CAPITAL_WORD.finditer(text) if m.group() not in _ACRONYMS]
    cues: list[Cue] = []
    # One word in capitals is emphasis or a name; two or more is raising one's voice. Words
    # in a row make one cue, so the card marks "DOWN ALL DAY" once.
    if len(capitals) >= 2:
        run_start, run_end = capitals[0].start(), capitals[0].end()
        for m in capitals[1:]:
            if re.fullmatch(r"[\s,'-]{1,3}", text[run_end : m.start()]):
                run_end = m.end()
                continue
            cues.append(Cue("feeling:shouting", run_start, run_end, text[run_start:run_end]))
            run_start, run_end = m.start(), m.end()
        cues.append(Cue("feeling:shouting", run_start, run_end, text[run_start:run_end]))
    cues += [
        Cue("feeling:shouting", m.start(), m.end(), m.group()) for m in _EXCLAMATIONS.finditer(text)
    ]
    return cues


def _without_overlaps(cues: list[Cue]) -> list[Cue]:
    """Longest first, each stretch of text claimed by one cue per label family."""
    kept: list[Cue] = []
    for cue in sorted(cues, key=lambda c: (c.start, -(c.end - c.start))):
        if any(k.label == cue.label and k.start < cue.end and cue.start < k.end for k in kept):
            continue
        kept.append(cue)
    return kept


def _feeling(angry: list[Cue], upset: list[Cue], shouting: list[Cue]) -> str:
    if angry:
        return Feeling.ANGRY
    # Shouting turns an upset message angry; on its own ("Great job!!!") it is joy.
    if upset and shouting:
        return Feeling.ANGRY
    capitals = sum(len(c.words.split()) for c in shouting if c.words[0].isalpha())
    if upset or capitals >= 3:
        return Feeling.UPSET
    return Feeling.CALM


def _signed_off(cue: Cue, text: str) -> bool:
    """A bare "Thanks," on its own line after the message is a sign-off, not thanks."""
    line_start = text.rfind("\n", 0, cue.start) + 1
    line_end = text.find("\n", cue.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip(" \t,.!-")
    bare = re.fullmatch(
        r"(?i)(?:many |thanks? (?:so much|a lot)|)?(?:thanks|thank you)"
        r"(?: (?:again|in advance|for (?:your|the) help))?",
        line,
    )
    return bare is not None and bool(text[:line_start].strip())


_THREAT = re.compile(
    r"(?:\bor(?: else)?|\botherwise|\bif not|\bunless\b[^.!?]*),?\s+(?:\w+\s+){0,3}$"
)


def _threatened(cue: Cue, text: str) -> bool:
    """Whether the cue is the second half of "do this, or else …"."""
    return bool(_THREAT.search(text[max(0, cue.start - 40) : cue.start].lower()))


def triage(text: str, *, subject: str = "") -> Triage:
    """Sort one reply: its intent, the sender's feeling, what they ask us to do, and why.

    Deterministic and side-effect free; only the sender's own words are read (see
    `own_words`). The subject counts only when the text itself shows no intent.
    """
    # What follows the customer's last word is blank: cutting it keeps offsets and spares
    # every rule a scan of the quoted notice.
    own = own_words(text).rstrip()
    lower = _lowercase(own)

    angry = _matches(_ANGRY_RULES, own, lower)
    upset = _matches(_UPSET_RULES, own, lower)
    shouting = _shouting(own)
    feeling = _feeling(angry, upset, shouting)
    # Shouting is shown only when it changed the verdict.
    changed = (feeling == Feeling.ANGRY and not angry) or (feeling == Feeling.UPSET and not upset)
    shown_shouting = [
        Cue(f"feeling:{feeling}", c.start, c.end, c.words) for c in shouting if changed
    ]

    by_intent: dict[str, list[Cue]] = {}
    for candidate, rules in _INTENT_RULES.items():
        found = _matches(rules, own, lower)
        if candidate == Intent.THANKS:
            # Angry thanks are sarcasm; a bare sign-off is only thanks when nothing is wrong.
            if feeling == Feeling.ANGRY:
                found = []
            elif feeling == Feeling.UPSET:
                found = [c for c in found if not _signed_off(c, text)]
        if found:
            by_intent[candidate] = found
    if Intent.REFUND in by_intent and all(
        _threatened(c, text) for c in by_intent.get(Intent.CANCEL, [])
    ):
        # "Refund this month, or I am moving to another host": the ask is the refund; leaving
        # is what happens if we say no.
        by_intent.pop(Intent.CANCEL, None)

    intent = next((str(i) for i in _INTENT_ORDER if i in by_intent), str(Intent.OTHER))
    subject_cues: list[Cue] = []
    if intent == Intent.OTHER and subject:
        topic = _SUBJECT_PREFIX.sub("", subject)
        topic_lower = _lowercase(topic)
        for candidate in _INTENT_ORDER[:-1]:
            in_subject = _matches(_INTENT_RULES[candidate], topic, topic_lower)
            if in_subject:
                intent = str(candidate)
                subject_cues = [Cue(c.label, -1, -1, c.words) for c in in_subject]
                break

    asks = _matches(_RESTORE_RULES, own, lower)
    cues = _without_overlaps(
        [*angry, *upset, *shown_shouting, *asks, *(c for cs in by_intent.values() for c in cs)]
    )
    cues.sort(key=lambda c: (c.start, c.end, c.label))
    return Triage(
        intent=intent,
        feeling=str(feeling),
        cues=(*subject_cues, *cues),
        asks_for=(ASKS_RESTORE,) if asks else (),
    )


@dataclass(frozen=True)
class LabelledReply:
    """One reply of the labelled corpus, with what triage should say about it."""

    where: str
    subject: str
    text: str
    intent: str
    feeling: str
    asks_for: tuple[str, ...]


_HEADER = re.compile(r"^=== (\S+) (\S+)((?: \S+)*)\s*$")


def labelled_replies(path: Path) -> list[LabelledReply]:
    """Read a corpus file: each reply starts with `=== <intent> <feeling> [asks…]`, then an
    optional `Subject: …` line, then the text."""
    replies: list[LabelledReply] = []
    header: re.Match[str] | None = None
    line_number = 0
    lines: list[str] = []

    def close() -> None:
        if header is None:
            return
        intent, feeling, asks = header.group(1), header.group(2), header.group(3).split()
        where = f"{path.name}:{line_number}"
        if intent not in Intent.values or feeling not in Feeling.values:
            raise ValueError(f"{where}: unknown label in {header.group(0)!r}")
        subject = ""
        if lines and lines[0].startswith("Subject: "):
            subject = lines.pop(0).removeprefix("Subject: ")
        replies.append(
            LabelledReply(where, subject, "\n".join(lines), intent, feeling, tuple(asks))
        )

    for number, line in enumerate(path.read_text().splitlines(), start=1):
        found = _HEADER.match(line)
        if found:
            close()
            header, line_number, lines = found, number, []
        else:
            lines.append(line)
    close()
    return replies
