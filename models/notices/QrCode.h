#pragma once

#include <QImage>
#include <QString>

namespace creditdesk {

/// A QR code (libqrencode, error correction level M) as a black-and-white image, one pixel per
/// module with a four-module quiet zone; null when the text does not fit.
QImage qrCodeImage(const QString &text);

} // namespace creditdesk
