// The application's style (installAppStyle(), ui/bakedicon.h) as a user sees it: the style's own
// icons drawn exactly as the plain style draws them, and a name too long for its box ended with "…".
#include "bakedicon.h"

#include <QApplication>
#include <QComboBox>
#include <QIcon>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOptionComboBox>
#include <QTest>

#include <memory>

using namespace servqa;

class TestAppStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installAppStyle(); } // as servqa's main() does, before any window

    // The style's own icons (a message box's sign, the menu bar's overflow arrow) are read when
    // first drawn, and drawn exactly as the style draws them.
    void theStylesIconsAreDrawnAsTheStyleDraws()
    {
        QWidget widget;
        auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(proxy);
        std::unique_ptr<QStyle> plain(QStyleFactory::create(proxy->baseStyle()->name()));
        QVERIFY(plain);
        for (const QStyle::StandardPixmap which :
             {QStyle::SP_MessageBoxWarning, QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_LineEditClearButton, QStyle::SP_DialogOkButton}) {
            const QIcon later = QApplication::style()->standardIcon(which, nullptr, &widget);
            const QIcon now = plain->standardIcon(which, nullptr, &widget);
            QCOMPARE(later.isNull(), now.isNull());
            QCOMPARE(later.availableSizes(), now.availableSizes());
            for (const int size : {16, 32}) {
                QCOMPARE(later.actualSize(QSize(size, size)), now.actualSize(QSize(size, size)));
                QCOMPARE(later.pixmap(size).toImage(), now.pixmap(size).toImage());
                QCOMPARE(later.pixmap(size, QIcon::Disabled).toImage(), now.pixmap(size, QIcon::Disabled).toImage());
            }
        }
    }

    // A site's name longer than its narrowed filter box ends with "…" (as if the box held that
    // text, in the plain style), where the style alone cut the last character in half.
    void aNameLongerThanItsBoxEndsWithAnEllipsis()
    {
        QComboBox box;
        box.addItem(QStringLiteral("上海浦东新区张江高科技园区旗舰店 Shanghai Zhangjiang flagship store"));
        box.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box.setMinimumContentsLength(12);
        box.resize(box.sizeHint());
        QStyleOptionComboBox option;
        option.initFrom(&box);
        option.rect = box.rect();
        option.currentText = box.currentText();
        option.frame = true;
        auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(proxy);
        std::unique_ptr<QStyle> plain(QStyleFactory::create(proxy->baseStyle()->name()));
        const auto label = [&](const QStyle *style, const QStyleOptionComboBox &o) {
            QImage image(box.size(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            style->drawControl(QStyle::CE_ComboBoxLabel, &o, &painter, &box);
            return image;
        };
        const QImage drawn = label(QApplication::style(), option);
        const QRect room = plain->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, &box).adjusted(1, 0, -1, 0);
        QStyleOptionComboBox elided = option;
        elided.currentText = box.fontMetrics().elidedText(option.currentText, Qt::ElideRight, room.width());
        QVERIFY(elided.currentText.endsWith(QChar(0x2026)));
        QVERIFY(elided.currentText.size() > 6); // the name's start is still read
        QCOMPARE(drawn, label(plain.get(), elided));
        QVERIFY(drawn != label(plain.get(), option));
        // A name that fits is drawn whole.
        QStyleOptionComboBox shortName = option;
        shortName.currentText = QStringLiteral("徐汇店");
        QCOMPARE(label(QApplication::style(), shortName), label(plain.get(), shortName));
    }
};

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
