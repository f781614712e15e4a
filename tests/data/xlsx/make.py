# Writes the workbooks the import tests read, as a spreadsheet program saves them: run with
# python3 make.py (python3-openpyxl) from this folder. The files are checked in; this says how they were made.
import datetime
import openpyxl

# A register of members as a secretary keeps it: dates as date cells, a member number typed as a
# number, a name with a comma and quotes, an address over two lines, a blank row, an empty cell.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Members"
sheet.append(["number", "name", "kind", "class", "email", "address", "admitted"])
sheet.append(["M1", 'Ada "Ace" Jones, OBE', "individual", "Employee", "ada@example.org",
              "1 High Street\nLeeds", datetime.date(2025, 3, 31)])
sheet.append([1002, "Gwenllïan Davies", "individual", "Employee", None, None, datetime.date(2024, 4, 1)])
sheet.append([])
sheet.append(["M4", "Northern Council", "organisation", "Founding council", "clerk@example.gov.uk", "Town Hall",
              datetime.date(2020, 1, 6)])
for row in range(2, 6):
    sheet.cell(row=row, column=7).number_format = "dd/mm/yyyy"
book.save("register.xlsx")

# A share ledger: amounts as numbers with a currency format, dates as dates.
book = openpyxl.Workbook()
sheet = book.active
sheet.append(["date", "member", "kind", "shares", "amount", "counterparty", "reference"])
sheet.append([datetime.date(2025, 4, 1), "M1", "subscription", 30, 30, None, "SO 1"])
sheet.append([datetime.date(2025, 4, 2), "1002", "subscription", 100, 100.0, None, None])
sheet.append([datetime.date(2025, 5, 1), "M1", "transfer", 10, 10, "1002", "gift"])
for row in range(2, 5):
    sheet.cell(row=row, column=1).number_format = "yyyy-mm-dd"
    sheet.cell(row=row, column=5).number_format = '"£"#,##0.00'
book.save("ledger.xlsx")
