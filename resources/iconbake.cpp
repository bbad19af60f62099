// servqa-iconbake: draws ServQA's SVG icons as PNGs at build time, one per size asked for:
//   servqa-iconbake OUT_DIR SIZE[,SIZE...] FILE.svg...  →  OUT_DIR/FILE-SIZE.png
// The application reads the PNGs, which Qt decodes itself: reading the SVGs loaded Qt's SVG icon
// plugin and parsed every file as the window was first built and drawn, 5 ms of a start
// (docs/PERFORMANCE.md, the cold start). Drawn by Qt's own SVG reader, as the plugin drew them.
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: servqa-iconbake OUT_DIR SIZE[,SIZE...] FILE.svg...\n");
        return 2;
    }
    QList<int> sizes;
    for (const QString &s : args.at(2).split(QLatin1Char(','))) {
        bool ok = false;
        const int size = s.toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            std::fprintf(stderr, "servqa-iconbake: '%s' is not a size in pixels\n", qPrintable(s));
            return 2;
        }
        sizes << size;
    }
    for (const QString &svg : args.mid(3)) {
        for (const int size : sizes) {
            QImageReader reader(svg, "svg");
            reader.setScaledSize(QSize(size, size));
            const QImage image = reader.read();
            if (image.isNull()) {
                std::fprintf(stderr, "%s: cannot be drawn: %s\n", qPrintable(svg), qPrintable(reader.errorString()));
                return 1;
            }
            QSaveFile out(QStringLiteral("%1/%2-%3.png").arg(args.at(1), QFileInfo(svg).completeBaseName()).arg(size));
            if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
                std::fprintf(stderr, "%s: cannot be written: %s\n", qPrintable(out.fileName()), qPrintable(out.errorString()));
                return 1;
            }
        }
    }
    return 0;
}
