#!/usr/bin/python3
"""Writes openpyxl-dates.xlsx: a workbook from a writer LeadDesk shares no code with
(Debian's python3-openpyxl), so tst_xlsxreader checks the reader against more than its own
test helper. Run from this folder: /usr/bin/python3 make_openpyxl_fixture.py"""
import datetime

import openpyxl

book = openpyxl.Workbook()
leads = book.active
leads.title = "Leads"
leads.append(["Lead name", "Event date", "Attendees", "Budget", "Confirmed", "Arrives"])
leads.append(["Harbour gala", datetime.date(2026, 3, 15), 120, 2500.5, True,
              datetime.datetime(2026, 3, 15, 18, 30)])
leads.append(["Zoë's launch", datetime.date(1999, 12, 31), 8, None, False, None])
leads["D3"] = "=D2*2"
leads.cell(row=4, column=1, value="Custom format")
leads.cell(row=4, column=2, value=datetime.date(2027, 1, 2)).number_format = "dd.mm.yyyy"
leads.cell(row=4, column=3, value=45000).number_format = "#,##0"
notes = book.create_sheet("Notes")
notes["B2"] = "only B2"
book.save("openpyxl-dates.xlsx")
