"""Arabic temporal expressions: find, resolve against the publication date, parse dates.

>>> from datetime import date
>>> [t.value for t in find_timexes("وبدأ الأسد رحلته أمس الأربعاء", date(2023, 3, 16))]
['2023-03-15']
"""

from marsad.timex.find import find_timexes, resolve
from marsad.timex.parse import parse_date_string

__all__ = ["find_timexes", "parse_date_string", "resolve"]
