#include "NoticeRenderer.h"

#include "QrCode.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace creditdesk {

namespace {

// GB/T 9704-2012, 5.2: A4; the type area 156 mm × 225 mm, 37 mm from the top and 28 mm from
// the binding edge (the left of the front page).
constexpr double pageWidthMm = 210;
constexpr double pageHeightMm = 297;
constexpr double topMarginMm = 37;
constexpr double leftMarginMm = 28;
constexpr double typeWidthMm = 156;
constexpr double typeHeightMm = 225;
constexpr int resolution = 300;
constexpr double titlePoints = 22; // 2号
constexpr double bodyPoints = 16;  // 3号
constexpr double footPoints = 14;  // 4号, for the page number
constexpr double sealDiameterMm = 42;
constexpr double qrSizeMm = 22;

/// Arabic numerals and Latin letters in a Latin serif, as Chinese documents set them (Times New
/// Roman where installed); Qt takes each Chinese character from the first CJK family that has
/// it. Drawn with the CJK fonts, digits also lose their text in the PDF (no copy, no search).
QStringList latinSerif()
{
    return {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"), QStringLiteral("DejaVu Serif")};
}

QFont titleFont()
{
    QFont font;
    font.setFamilies(latinSerif()
                     + QStringList{QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("方正小标宋简体"),
                                   QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                                   QStringLiteral("SimSun")});
    font.setPointSizeF(titlePoints);
    font.setBold(true);
    return font;
}

QFont bodyFont()
{
    QFont font;
    font.setFamilies(latinSerif()
                     + QStringList{QStringLiteral("FangSong"), QStringLiteral("仿宋"), QStringLiteral("仿宋_GB2312"),
                                   QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                                   QStringLiteral("SimSun")});
    font.setPointSizeF(bodyPoints);
    return font;
}

/// The notice as one document: title, serial number, body paragraphs, office and date, each
/// line on the 22-line grid of the type area (one line pitch = 225 mm / 22).
void compose(QTextDocument &document, const Notice &notice)
{
    const bool chinese = notice.language.startsWith(QLatin1String("zh"));
    // Block formats measure in pixels of 96 per inch, which the layout scales to the device.
    const double unitsPerMm = 96.0 / 25.4;
    const double pitch = typeHeightMm / 22.0 * unitsPerMm;
    QTextCursor cursor(&document);
    auto block = [&](Qt::Alignment alignment, double indent, double spaceBefore) {
        QTextBlockFormat format;
        format.setAlignment(alignment);
        format.setLineHeight(pitch, QTextBlockFormat::FixedHeight);
        format.setTextIndent(indent);
        format.setTopMargin(spaceBefore);
        format.setBottomMargin(0);
        return format;
    };
    QTextCharFormat title;
    title.setFont(titleFont());
    QTextCharFormat body;
    body.setFont(bodyFont());
    cursor.setBlockFormat(block(Qt::AlignHCenter, 0, 0));
    cursor.setBlockCharFormat(title);
    cursor.insertText(notice.title, title);
    // One empty line, then the serial number centred (GB/T 9704 7.2.4 for a document of its kind).
    cursor.insertBlock(block(Qt::AlignHCenter, 0, pitch), body);
    cursor.insertText(notice.serialText, body);
    const QStringList paragraphs = notice.content.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype index = 0; index < paragraphs.size(); ++index) {
        // The recipient flush left after an empty line (7.3.2); paragraphs indented by two
        // characters (the Chinese template carries its full-width spaces; English gets 10 mm).
        const bool address = index == 0;
        cursor.insertBlock(
            block(Qt::AlignLeft | Qt::AlignAbsolute, address || chinese ? 0 : 10 * unitsPerMm, address ? pitch : 0),
            body);
        cursor.insertText(paragraphs.at(index), body);
    }
    const QString date = chinese ? chineseDate(notice.issuedOn)
                                 : QLocale(QLocale::English).toString(notice.issuedOn, QStringLiteral("d MMMM yyyy"));
    // The office and the date at the right, two empty lines below the text (7.3.5.2); the
    // date four characters in from the right edge.
    cursor.insertBlock(block(Qt::AlignRight, 0, 2 * pitch), body);
    cursor.insertText(notice.officeName, body);
    cursor.insertBlock(block(Qt::AlignRight, 0, 0), body);
    cursor.insertText(date + QStringLiteral("　　　　"), body);
}

} // namespace

QString NoticeRenderer::qrPayload(const Notice &notice)
{
    return QStringLiteral("CREDITDESK-NOTICE\n%1\nv%2\n%3")
        .arg(notice.serialText)
        .arg(notice.version)
        .arg(notice.contentSha256);
}

Status NoticeRenderer::writePdf(const Notice &notice, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(resolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(notice.title + u' ' + notice.serialText);
    writer.setCreator(QStringLiteral("CreditDesk"));
    if (const Status painted = paint(notice, writer); !painted)
        return Error{QCoreApplication::translate("creditdesk::NoticeRenderer", "%1 cannot be written.").arg(path)};
    return {};
}

Status NoticeRenderer::paint(const Notice &notice, QPagedPaintDevice &device)
{
    const double dpi = device.logicalDpiY();
    auto pixels = [dpi](double millimetres) { return millimetres * dpi / 25.4; };
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    compose(document, notice);
    const QSizeF typeArea(pixels(typeWidthMm), pixels(typeHeightMm));
    document.setPageSize(typeArea);
    const int pages = std::max(1, document.pageCount());

    QPainter painter;
    if (!painter.begin(&device))
        return Error{QCoreApplication::translate("creditdesk::NoticeRenderer", "The notice cannot be drawn.")};
    const QPointF origin(pixels(leftMarginMm), pixels(topMarginMm));
    // Where the office's name stands: the seal goes over it and the date (GB/T 9704 7.3.5).
    const QTextBlock officeBlock = document.lastBlock().previous();
    const QRectF officeRect = document.documentLayout()->blockBoundingRect(officeBlock);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.translate(origin.x(), origin.y() - page * typeArea.height());
        const QRectF visible(0, page * typeArea.height(), typeArea.width(), typeArea.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(visible);
        document.documentLayout()->draw(&painter, context);
        painter.setClipping(false);
        if (officeRect.top() >= visible.top() && officeRect.top() < visible.bottom()) {
            // The seal area: a red circle centred over the office's name and the date.
            const double diameter = pixels(sealDiameterMm);
            const QPointF centre(typeArea.width() - diameter * 0.75, officeRect.bottom());
            QPen pen(QColor(0xC0, 0x00, 0x00));
            pen.setWidthF(pixels(0.6));
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, diameter / 2, diameter / 2);
        }
        painter.restore();

        // The page number under the type area: "— 1 —", 4号 (GB/T 9704 7.5).
        QFont foot = bodyFont();
        foot.setPointSizeF(footPoints);
        painter.setFont(foot);
        painter.setPen(Qt::black);
        const QRectF footArea(0, pixels(topMarginMm + typeHeightMm + 7), pixels(pageWidthMm), pixels(10));
        painter.drawText(footArea, Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("— %1 —").arg(page + 1));
    }
    // The verification code and the QR code at the foot of the last page, left of the number.
    const QImage qr = qrCodeImage(qrPayload(notice));
    const QRectF qrArea(pixels(leftMarginMm), pixels(pageHeightMm - 5 - qrSizeMm), pixels(qrSizeMm), pixels(qrSizeMm));
    if (!qr.isNull())
        painter.drawImage(qrArea, qr);
    QFont small = bodyFont();
    small.setPointSizeF(9);
    painter.setFont(small);
    const bool chinese = notice.language.startsWith(QLatin1String("zh"));
    const QRectF textArea(qrArea.right() + pixels(3), qrArea.top(), pixels(90), qrArea.height());
    const double line = textArea.height() / 4;
    painter.drawText(QRectF(textArea.left(), textArea.top() + line, textArea.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     chinese ? QStringLiteral("验证码：") : QStringLiteral("Verification code: "));
    // The code itself in a Latin font: CJK fonts share the digits' glyphs with other characters,
    // which makes the PDF's text layer lose some of them (the code must be found when searched).
    QFont code;
    code.setFamilies(
        {QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"), QStringLiteral("Courier New")});
    code.setStyleHint(QFont::Monospace);
    code.setPointSizeF(9);
    const double labelWidth = painter.fontMetrics().horizontalAdvance(chinese ? QStringLiteral("验证码：")
                                                                              : QStringLiteral("Verification code: "));
    painter.setFont(code);
    painter.drawText(QRectF(textArea.left() + labelWidth, textArea.top() + line, textArea.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter, notice.verificationCode);
    painter.setFont(small);
    painter.drawText(QRectF(textArea.left(), textArea.top() + 2 * line, textArea.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     (chinese ? QStringLiteral("文号：%1（第%2版）") : QStringLiteral("Serial: %1 (version %2)"))
                         .arg(notice.serialText)
                         .arg(notice.version));
    if (!painter.end())
        return Error{QCoreApplication::translate("creditdesk::NoticeRenderer", "The notice cannot be drawn.")};
    return {};
}

} // namespace creditdesk
