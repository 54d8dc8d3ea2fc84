"""Reading a customer data source, a file or one database query, into a DuckDB table.

Whatever the format, the table holds one VARCHAR column per source column with the text as the
source has it (no trimming, no type conversion; an empty cell is NULL), plus `_line`: where a
person finds that record, the line of a text file or the row of a spreadsheet. Nothing the size
of the source sits in Python's memory: DuckDB reads CSV, JSON Lines and Parquet files itself, and
spreadsheets and query results stream in batches through a temporary CSV file (DuckDB reads
100,000 such rows in a quarter of a second, where inserting them row by row takes a minute).
"""

from ownup.customers.sources.build import Source, SourceRejected
from ownup.customers.sources.load import SUPPORTED_FILES, load_source

__all__ = ["SUPPORTED_FILES", "Source", "SourceRejected", "load_source"]
