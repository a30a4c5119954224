import Foundation

/// An XLSX workbook with one sheet: the table's header in bold, amounts as numbers with
/// thousands grouping, shares as percentages, the sum row in bold.
enum Xlsx {
    static func data(_ tabell: Tabell) -> Data {
        var zip = Zip()
        zip.add("[Content_Types].xml", Array(contentTypes.utf8))
        zip.add("_rels/.rels", Array(rootRels.utf8))
        zip.add("xl/workbook.xml", Array(workbook(sheetName(tabell.tittel)).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRels.utf8))
        zip.add("xl/styles.xml", Array(styles.utf8))
        zip.add("xl/worksheets/sheet1.xml", Array(sheet(tabell).utf8))
        return Data(zip.bytes)
    }

    /// Style indexes in `styles`' cellXfs.
    enum Stil: Int { case tekst = 0, kroner = 1, prosent = 2, fetTekst = 3, fetKroner = 4, fetProsent = 5 }

    static func sheet(_ tabell: Tabell) -> String {
        var rows = [row(1, tabell.kolonner.map { inline($0, .fetTekst) })]
        for (index, rad) in tabell.rader.enumerated() {
            rows.append(row(index + 2, rad.celler.map { celle in
                switch celle {
                case .tekst(let text): return inline(text, rad.sum ? .fetTekst : .tekst)
                case .kroner(let amount): return "<c s=\"\((rad.sum ? Stil.fetKroner : .kroner).rawValue)\"><v>\(amount.value)</v></c>"
                case .prosent(let share):
                    guard let share else { return "<c s=\"\(Stil.tekst.rawValue)\"/>" }
                    return "<c s=\"\((rad.sum ? Stil.fetProsent : .prosent).rawValue)\"><v>\(Double(share.basisPoints) / 10000)</v></c>"
                }
            }))
        }
        let widths = tabell.kolonner.indices.map { "<col min=\"\($0 + 1)\" max=\"\($0 + 1)\" width=\"\($0 == 0 ? 36 : 16)\" customWidth=\"1\"/>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0">\
            <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            <cols>\(widths)</cols><sheetData>\(rows.joined())</sheetData></worksheet>
            """
    }

    static func row(_ number: Int, _ cells: [String]) -> String { "<row r=\"\(number)\">\(cells.joined())</row>" }

    static func inline(_ text: String, _ stil: Stil) -> String {
        "<c t=\"inlineStr\" s=\"\(stil.rawValue)\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .filter { $0 == "\t" || $0 == "\n" || $0.unicodeScalars.allSatisfy { $0.value >= 0x20 } }
    }

    /// Excel's sheet names: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ title: String) -> String {
        String(title.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }

    static func workbook(_ name: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="\(escape(name))" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    static let rootRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static let workbookRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    /// Number formats: 3 is `#,##0`; 164 is a share with one decimal.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="6">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>\
        <xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>\
        </cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
}
