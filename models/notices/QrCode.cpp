#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace creditdesk {

QImage qrCodeImage(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M),
                                                         &QRcode_free);
    if (!code)
        return {};
    constexpr int quietZone = 4;
    const int width = code->width;
    QImage image(width + 2 * quietZone, width + 2 * quietZone, QImage::Format_Mono);
    image.fill(0); // index 0 of the colour table below: white
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (code->data[y * width + x] & 1)
                image.setPixel(x + quietZone, y + quietZone, 1);
        }
    }
    return image;
}

} // namespace creditdesk
