"""Prints, as JSON, the text and size (in points) of each page of the PDF named on the command
line: what journey 6 reads back from the report printed to PDF."""

import json
import sys

from pypdf import PdfReader

reader = PdfReader(sys.argv[1])
print(json.dumps([
    {'text': page.extract_text(), 'width': float(page.mediabox.width), 'height': float(page.mediabox.height)}
    for page in reader.pages
]))
