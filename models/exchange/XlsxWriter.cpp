#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibrary>

#include <xlsxwriter.h>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::XlsxWriter", source);
}

/// Excel's limits: 31 characters for a sheet name, and none of []:*?/\ in it.
QString sheetNameFor(QString name)
{
    for (const QChar forbidden : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(forbidden, u' ');
    return name.left(31).trimmed().isEmpty() ? QStringLiteral("Sheet1") : name.left(31).trimmed();
}

} // namespace

/// libxlsxwriter, loaded at run time with deep binding. Debian's libxlsxwriter takes its ZIP
/// functions (zipOpen, ...) from the system's minizip, and QuaZip exports functions of the same
/// names from its own copy of minizip that expect a QIODevice: linked normally, libxlsxwriter's
/// calls land in QuaZip and crash. Loaded with QLibrary::DeepBindHint (RTLD_DEEPBIND), the
/// library resolves them in its own dependencies first. Windows binds imports per DLL, where the
/// hint is not needed.
struct XlsxWriter::Library
{
    QLibrary library{QStringLiteral("xlsxwriter"), 4};
    decltype(&::workbook_new) workbookNew = nullptr;
    decltype(&::workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&::workbook_add_format) addFormat = nullptr;
    decltype(&::format_set_bold) setBold = nullptr;
    decltype(&::worksheet_write_string) writeString = nullptr;
    decltype(&::worksheet_write_number) writeNumber = nullptr;
    decltype(&::worksheet_set_column) setColumn = nullptr;
    decltype(&::workbook_close) workbookClose = nullptr;
    decltype(&::lxw_strerror) errorText = nullptr;

    Status load()
    {
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer refuses RTLD_DEEPBIND (it would lose its interceptors).
        return Error{QCoreApplication::translate("creditdesk::XlsxWriter",
                                                 "XLSX cannot be written in a build with AddressSanitizer.")};
#endif
        library.setLoadHints(QLibrary::DeepBindHint);
        if (!library.load())
            return Error{QCoreApplication::translate("creditdesk::XlsxWriter", "XLSX cannot be written: %1")
                             .arg(library.errorString())};
        bool found = true;
        auto resolve = [&](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
            found = found && function != nullptr;
        };
        resolve(workbookNew, "workbook_new");
        resolve(addWorksheet, "workbook_add_worksheet");
        resolve(addFormat, "workbook_add_format");
        resolve(setBold, "format_set_bold");
        resolve(writeString, "worksheet_write_string");
        resolve(writeNumber, "worksheet_write_number");
        resolve(setColumn, "worksheet_set_column");
        resolve(workbookClose, "workbook_close");
        resolve(errorText, "lxw_strerror");
        if (!found)
            return Error{
                QCoreApplication::translate("creditdesk::XlsxWriter", "XLSX cannot be written: %1 lacks a function.")
                    .arg(library.fileName())};
        return {};
    }
};

XlsxWriter::XlsxWriter() = default;

XlsxWriter::~XlsxWriter()
{
    if (m_workbook)
        m_library->workbookClose(m_workbook);
}

Status XlsxWriter::open(const QString &path, const QString &sheetName)
{
    m_path = path;
    m_library = std::make_unique<Library>();
    if (const Status loaded = m_library->load(); !loaded)
        return loaded;
    m_workbook = m_library->workbookNew(QFile::encodeName(path).constData());
    if (!m_workbook)
        return Error{tr("%1 cannot be written.").arg(path)};
    m_sheet = m_library->addWorksheet(m_workbook, sheetNameFor(sheetName).toUtf8().constData());
    m_bold = m_library->addFormat(m_workbook);
    if (!m_sheet || !m_bold)
        return Error{tr("%1 cannot be written.").arg(path)};
    m_library->setBold(m_bold);
    return {};
}

Status XlsxWriter::writeHeader(const QStringList &names)
{
    for (int column = 0; column < names.size(); ++column) {
        if (m_library->writeString(m_sheet, static_cast<lxw_row_t>(m_row), static_cast<lxw_col_t>(column),
                                   names.at(column).toUtf8().constData(), m_bold)
            != LXW_NO_ERROR)
            return Error{tr("%1: a cell cannot be written.").arg(m_path)};
        m_library->setColumn(m_sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                             column == 0 ? 28 : 16, nullptr);
    }
    ++m_row;
    return {};
}

Status XlsxWriter::writeRow(const QVariantList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        const QVariant &cell = cells.at(column);
        const auto row = static_cast<lxw_row_t>(m_row);
        const auto col = static_cast<lxw_col_t>(column);
        const bool number = cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int
                            || cell.typeId() == QMetaType::LongLong;
        const lxw_error written =
            number ? m_library->writeNumber(m_sheet, row, col, cell.toDouble(), nullptr)
                   : m_library->writeString(m_sheet, row, col, cell.toString().toUtf8().constData(), nullptr);
        if (written != LXW_NO_ERROR)
            return Error{tr("%1: a cell cannot be written.").arg(m_path)};
    }
    ++m_row;
    return {};
}

Status XlsxWriter::close()
{
    if (!m_workbook)
        return {};
    const lxw_error closed = m_library->workbookClose(m_workbook);
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR)
        return Error{tr("%1 cannot be written: %2").arg(m_path, QString::fromUtf8(m_library->errorText(closed)))};
    return {};
}

} // namespace creditdesk
