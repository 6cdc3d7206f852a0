#pragma once

#include "Notice.h"
#include "domain/Result.h"

class QPagedPaintDevice;

namespace creditdesk {

/// Renders a notice as a PDF laid out after GB/T 9704-2012 (党政机关公文格式): A4, top margin
/// 37 mm and left margin 28 mm around a 156 × 225 mm type area; the title in 2号 (22 pt) 小标宋,
/// the body in 3号 (16 pt) 仿宋 with 22 lines to the page; the serial number under the title;
/// the issuing office and the date written in Chinese at the end with the seal area over them;
/// the page number as "— 1 —"; the verification code and a QR code (serial number and content
/// hash) at the foot. Where 方正小标宋 or 仿宋 are not installed, Noto Serif CJK SC (a dependency
/// of the package) takes their place, so Chinese never renders as boxes.
class NoticeRenderer
{
public:
    /// Needs a QGuiApplication (fonts); the command line creates one for notices.
    static Status writePdf(const Notice &notice, const QString &path);
    /// Draws \a notice on \a device, whose page layout is A4 without margins (a PDF writer, or
    /// a printer set to full page for printing and print preview).
    static Status paint(const Notice &notice, QPagedPaintDevice &device);
    /// What the QR code holds: the serial number, version and content hash.
    static QString qrPayload(const Notice &notice);
};

} // namespace creditdesk
