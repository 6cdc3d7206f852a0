#pragma once

#include "domain/Result.h"
#include "exchange/TableExport.h"

class QAbstractItemModel;
class QPushButton;
class QWidget;

namespace creditdesk {

/// Exports a result list or queue as the officer sees it: every row of the view's model (after
/// its filter and sort), every column, the text as shown, so identifiers stay masked as the
/// masking policy shows them in lists. CSV in UTF-8 with BOM or GB18030, or XLSX.
class ListExport
{
public:
    /// The rows of \a model as an export table; numbers stay numbers.
    static ExportTable tableOf(const QAbstractItemModel &model, const QString &title);
    static Status write(const QAbstractItemModel &model, const QString &title, ExportFormat format,
                        const QString &path);
    /// Asks where and in which format, writes, and says what went wrong; \a fileStem names the
    /// proposed file. Returns the path written, or empty.
    static QString askAndWrite(QWidget *parent, const QAbstractItemModel &model, const QString &title,
                               const QString &fileStem);
    /// An "Export…" button on \a parent that exports \a model.
    static QPushButton *button(QWidget *parent, const QAbstractItemModel &model, const QString &title,
                               const QString &fileStem);
};

} // namespace creditdesk
