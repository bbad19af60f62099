#include "bakedicon.h"

#include <QApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>
#include <map>
#include <optional>

namespace servqa {

namespace {

class BakedIconEngine : public QIconEngine
{
public:
    BakedIconEngine(const QString &path, QList<int> sizes) : m_path(path), m_sizes(std::move(sizes)) {}

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty() || m_sizes.isEmpty())
            return QPixmap();
        QPixmap drawn = baked(qMax(size.width(), size.height()));
        if (drawn.isNull())
            return drawn;
        if (drawn.size() != size)
            drawn = drawn.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode != QIcon::Normal && mode != QIcon::Active) {
            // Disabled greyed, selected tinted: as the style draws any icon it has no pixmap for.
            QStyleOption option;
            option.palette = QApplication::palette();
            return QApplication::style()->generatedIconPixmap(mode, drawn, &option);
        }
        return drawn;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int largest = *std::max_element(m_sizes.cbegin(), m_sizes.cend());
        return size.boundedTo(QSize(largest, largest));
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> all;
        for (const int s : m_sizes)
            all << QSize(s, s);
        return all;
    }

    QString key() const override { return QStringLiteral("servqa-baked"); }
    QIconEngine *clone() const override { return new BakedIconEngine(m_path, m_sizes); }

private:
    // The smallest size drawn that is at least `pixels`, else the largest; read once.
    QPixmap baked(int pixels)
    {
        QList<int> sizes = m_sizes;
        std::sort(sizes.begin(), sizes.end());
        const auto fit = std::lower_bound(sizes.cbegin(), sizes.cend(), pixels);
        const int size = fit != sizes.cend() ? *fit : sizes.constLast();
        auto found = m_read.find(size);
        if (found == m_read.end()) {
            // As a PNG and nothing else: a reader left to detect the format first asks every
            // image plug-in (QtSvg and libjpeg loaded, about a millisecond of a start).
            QImageReader reader(QStringLiteral("%1-%2.png").arg(m_path).arg(size), "png");
            reader.setAutoDetectImageFormat(false);
            found = m_read.emplace(size, QPixmap::fromImage(reader.read())).first;
        }
        return found->second;
    }

    QString m_path;
    QList<int> m_sizes;
    std::map<int, QPixmap> m_read;
};

// One of the style's icons, asked of the application's style when first drawn or measured (the
// style of then: a style replaced meanwhile is gone, and never asked).
class StandardIconEngine : public QIconEngine
{
public:
    explicit StandardIconEngine(QStyle::StandardPixmap which) : m_which(which) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override { return icon().pixmap(size, mode, state); }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override { return icon().actualSize(size, mode, state); }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override { return icon().availableSizes(mode, state); }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("servqa-standard"); }
    QIconEngine *clone() const override { return new StandardIconEngine(m_which); }

private:
    const QIcon &icon()
    {
        if (!m_icon)
            m_icon = QApplication::style()->standardIcon(m_which);
        return *m_icon;
    }

    QStyle::StandardPixmap m_which;
    std::optional<QIcon> m_icon;
};

class AppStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        // A filter's box narrower than its choice (the rows of filters fit a 1366-pixel screen)
        // ends the name with "…" where the style would cut a character in half.
        const auto *box = qstyleoption_cast<const QStyleOptionComboBox *>(option);
        if (element != CE_ComboBoxLabel || !box || box->editable) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        // The room QCommonStyle gives the text: the edit field, less the icon and a pixel each side.
        QRect room = subControlRect(CC_ComboBox, box, SC_ComboBoxEditField, widget).adjusted(1, 0, -1, 0);
        if (!box->currentIcon.isNull())
            room.setLeft(room.left() + box->iconSize.width() + 4);
        QStyleOptionComboBox elided(*box);
        elided.currentText = box->fontMetrics.elidedText(box->currentText, Qt::ElideRight, room.width());
        QProxyStyle::drawControl(element, &elided, painter, widget);
    }

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        // The engine asks again without a widget (it may be gone by then), and gets the icon.
        if (option || widget == nullptr)
            return QProxyStyle::standardIcon(which, option, widget);
        return QIcon(new StandardIconEngine(which));
    }
};

} // namespace

QIcon bakedIcon(const QString &path, std::initializer_list<int> sizes)
{
    return QIcon(new BakedIconEngine(path, QList<int>(sizes)));
}

void installAppStyle()
{
    if (!dynamic_cast<AppStyle *>(QApplication::style()))
        QApplication::setStyle(new AppStyle(QApplication::style()->name()));
}

} // namespace servqa
