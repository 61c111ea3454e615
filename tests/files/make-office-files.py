"""Builds the small office files in this folder with LibreOffice Calc, through UNO.

Start a listener first, then run this with the Python that has LibreOffice's `uno` module
(Debian: apt-get install libreoffice-calc-nogui python3-uno):

    soffice --headless --invisible --norestore --accept='socket,host=localhost,port=2002;urp;' &
    /usr/bin/python3 tests/files/make-office-files.py tests/files
"""
import os
import sys
import time
from datetime import date

import uno
from com.sun.star.beans import NamedValue, PropertyValue
from com.sun.star.lang import Locale

PASSWORD = 'matkhau'


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def serial(year, month, day):
    return (date(year, month, day) - date(1899, 12, 30)).days


def connect():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(120):
        try:
            return resolver.resolve('uno:socket,host=localhost,port=2002;urp;StarOffice.ComponentContext')
        except Exception:
            time.sleep(0.5)
    raise SystemExit('LibreOffice is not listening on port 2002')


def build_plan(desktop):
    doc = desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0, (prop('Hidden', True),))
    formats = doc.NumberFormats
    locale = Locale('vi', 'VN', '')
    date_format = formats.queryKey('DD/MM/YYYY', locale, False)
    if date_format == -1:
        date_format = formats.addNew('DD/MM/YYYY', locale)

    sheet = doc.Sheets.getByIndex(0)
    sheet.Name = 'Phụ lục'
    cell = sheet.getCellRangeByName

    def text(address, value):
        cell(address).String = value

    def day(address, year, month, dd):
        cell(address).Value = serial(year, month, dd)
        cell(address).NumberFormat = date_format

    text('A1', 'STT')
    text('B1', 'Nội dung nhiệm vụ')
    text('C1', 'Thời gian')
    text('C2', 'Bắt đầu')
    text('D2', 'Hoàn thành')
    text('A3', 'I')
    text('B3', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH')
    cell('A4').Value = 1
    text('B4', 'Ban hành Kế hoạch CCHC năm 2026')
    day('C4', 2026, 1, 2)
    day('D4', 2026, 1, 14)
    day('C5', 1969, 12, 31)
    text('D5', 'Thường xuyên')
    cell('A6').Value = 2
    text('B6', 'Báo cáo CCHC\nhằng quý')
    cell('C6').Formula = '=NA()'
    cell('D6').Formula = '=D4+30'
    cell('D6').NumberFormat = date_format
    for merged in ('A1:A2', 'B1:B2', 'C1:D1', 'B4:B5'):
        cell(merged).merge(True)

    doc.Sheets.insertNewByName('Ghi chú', 1)
    notes = doc.Sheets.getByName('Ghi chú')
    notes.getCellRangeByName('A1').String = 'Trang ẩn'
    notes.IsVisible = False
    return doc


def save(doc, folder, name, filter_name, *extra):
    doc.storeToURL(uno.systemPathToFileUrl(os.path.join(folder, name)), (prop('FilterName', filter_name),) + extra)


def main():
    folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
    ctx = connect()
    desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    doc = build_plan(desktop)
    save(doc, folder, 'ke-hoach-libreoffice.xlsx', 'Calc MS Excel 2007 XML')
    save(doc, folder, 'ke-hoach-excel-97.xls', 'MS Excel 97')
    save(doc, folder, 'ke-hoach-libreoffice.ods', 'calc8')
    # An .xlsx with a password to open: Office's ECMA-376 "Standard" encryption inside an OLE file.
    encryption = uno.Any('[]com.sun.star.beans.NamedValue', (
        NamedValue('OOXPassword', PASSWORD),
        NamedValue('CryptoType', 'Standard'),
    ))
    save(doc, folder, 'ke-hoach-mat-khau.xlsx', 'Calc MS Excel 2007 XML', prop('EncryptionData', encryption))
    doc.close(True)


main()
