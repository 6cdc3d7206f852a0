#pragma once

#include "domain/Result.h"

#include <QVariantList>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace creditdesk {

/// Writes one worksheet of an XLSX workbook through libxlsxwriter: a bold header row, then rows
/// whose numbers stay numbers (so that Excel sums them) and whose text stays text (so that an
/// identifier keeps its leading zeros). The file is written when it is closed.
class XlsxWriter
{
public:
    XlsxWriter();
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    Status open(const QString &path, const QString &sheetName);
    Status writeHeader(const QStringList &names);
    Status writeRow(const QVariantList &cells);
    Status close();

private:
    struct Library;
    std::unique_ptr<Library> m_library;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    QString m_path;
    int m_row = 0;
};

} // namespace creditdesk
