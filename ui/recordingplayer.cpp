#include "recordingplayer.h"

#include "audioplayback.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace servqa {

namespace {
constexpr double Speeds[] = {0.75, 1.0, 1.25, 1.5, 2.0};
constexpr qint64 SkipMs = 5000;
const QRegularExpression StampPattern(QStringLiteral("\\[(?:(\\d+):)?(\\d{1,2}):(\\d{2})\\]"));

// The plugin servqa_audio (SERVQA_PLUGIN_DIR: where it is installed, relative to the executables,
// and the same in the build tree), loaded once and kept; nullptr with `error` set when it cannot be.
AudioPlaybackFactory *audioPlayback(QString &error)
{
    static QPluginLoader *loader = nullptr;
    if (!loader) {
        loader = new QPluginLoader(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(SERVQA_PLUGIN_DIR "/servqa_audio")));
        loader->setLoadHints(QLibrary::PreventUnloadHint);
    }
    auto *factory = qobject_cast<AudioPlaybackFactory *>(loader->instance());
    if (!factory)
        error = loader->errorString();
    return factory;
}
} // namespace

RecordingPlayer::RecordingPlayer(QWidget *parent) : QWidget(parent)
{
    m_play = new QToolButton(this);
    m_back = new QToolButton(this);
    m_forward = new QToolButton(this);
    m_stamp = new QToolButton(this);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_stamp->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, 0);
    m_time = new QLabel(this);
    m_time->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_speed = new QComboBox(this);
    for (double s : Speeds)
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speed->setCurrentIndex(1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_back, m_forward, m_stamp, m_slider, m_speed})
        w->setFocusPolicy(Qt::NoFocus); // the keys stay with the form; the editor has shortcuts

    // Two rows, so the panel stays usable when narrow: the position, then the controls.
    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_back);
    controls->addWidget(m_play);
    controls->addWidget(m_forward);
    controls->addStretch(1);
    controls->addWidget(m_speed);
    controls->addWidget(m_stamp);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *position = new QHBoxLayout;
    position->addWidget(m_slider, 1);
    position->addWidget(m_time);
    layout->addLayout(position);
    layout->addLayout(controls);
    layout->addWidget(m_status);

    connect(m_play, &QToolButton::clicked, this, &RecordingPlayer::togglePlay);
    connect(m_back, &QToolButton::clicked, this, [this] { skip(-SkipMs); });
    connect(m_forward, &QToolButton::clicked, this, [this] { skip(SkipMs); });
    connect(m_stamp, &QToolButton::clicked, this, [this] { emit stampRequested(stamp()); });
    connect(m_speed, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (m_player)
            m_player->setRate(m_speed->currentData().toDouble());
    });
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_sliderHeld = true; });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_sliderHeld = false;
        setPosition(m_slider->value());
    });
    retranslate();
    updateTime();
}

RecordingPlayer::~RecordingPlayer()
{
    // Before the widgets its callbacks touch go.
    delete m_player;
}

bool RecordingPlayer::createPlayer()
{
    // Made on first use: the audio libraries and the audio device cost start-up time, and most
    // evaluations have no recording.
    QString error;
    AudioPlaybackFactory *factory = audioPlayback(error);
    if (!factory) {
        m_status->setText(tr("Recordings cannot be played here: %1").arg(error));
        return false;
    }
    m_player = factory->create(this);
    m_player->setRate(speed());
    m_player->durationChanged = [this](qint64 ms) {
        m_slider->setRange(0, int(ms));
        updateTime();
    };
    m_player->positionChanged = [this](qint64 ms) {
        if (!m_sliderHeld)
            m_slider->setValue(int(ms));
        updateTime();
    };
    m_player->playingChanged = [this](bool playing) {
        m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    };
    m_player->failed = [this](const QString &message) { m_status->setText(message); };
    return true;
}

bool RecordingPlayer::load(const QString &path)
{
    unload();
    if (!QFileInfo::exists(path)) {
        m_status->setText(tr("The recording %1 is not there (moved or not copied to this computer).").arg(path));
        return false;
    }
    if (!m_player && !createPlayer())
        return false;
    m_player->setSource(path);
    m_status->setText(QFileInfo(path).fileName());
    return true;
}

QString RecordingPlayer::statusText() const
{
    return m_status->text();
}

void RecordingPlayer::showUnavailable(const QString &why)
{
    unload();
    m_status->setText(why);
}

void RecordingPlayer::unload()
{
    if (m_player) {
        m_player->stop();
        m_player->setSource(QString());
    }
    m_slider->setRange(0, 0);
    m_status->clear();
    updateTime();
}

bool RecordingPlayer::hasRecording() const
{
    return m_player && m_player->hasSource();
}

qint64 RecordingPlayer::position() const
{
    return m_player ? m_player->position() : 0;
}

qint64 RecordingPlayer::duration() const
{
    return m_player ? m_player->duration() : 0;
}

void RecordingPlayer::setPosition(qint64 ms)
{
    if (m_player)
        m_player->setPosition(qBound<qint64>(0, ms, qMax<qint64>(0, duration())));
}

void RecordingPlayer::togglePlay()
{
    if (!hasRecording())
        return;
    if (m_player->isPlaying())
        m_player->pause();
    else
        m_player->play();
}

void RecordingPlayer::skip(qint64 ms)
{
    setPosition(position() + ms);
}

double RecordingPlayer::speed() const
{
    return m_speed->currentData().toDouble();
}

QString RecordingPlayer::formatStamp(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("[%1:%2:%3]").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("[%1:%2]").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString RecordingPlayer::stamp() const
{
    return formatStamp(position());
}

qint64 RecordingPlayer::stampPosition(const QString &text, int at)
{
    for (auto it = StampPattern.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (at >= 0 && (at < m.capturedStart() || at > m.capturedEnd()))
            continue;
        const qint64 hours = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
        return ((hours * 60 + m.captured(2).toLongLong()) * 60 + m.captured(3).toLongLong()) * 1000;
    }
    return -1;
}

void RecordingPlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordingPlayer::retranslate()
{
    m_play->setToolTip(tr("Play / pause (Ctrl+Space)"));
    m_back->setToolTip(tr("Back 5 s (Ctrl+Left)"));
    m_forward->setToolTip(tr("Forward 5 s (Ctrl+Right)"));
    m_stamp->setText(tr("Stamp"));
    m_stamp->setToolTip(tr("Put the current time into the comment (Ctrl+T); click a stamp to go back there"));
    m_speed->setToolTip(tr("Playback speed"));
}

void RecordingPlayer::updateTime()
{
    auto clock = [](qint64 ms) { return formatStamp(ms).mid(1).chopped(1); };
    m_time->setText(QStringLiteral("%1 / %2").arg(clock(position()), clock(duration())));
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_back, m_forward, m_stamp, m_slider, m_speed})
        w->setEnabled(hasRecording());
}

} // namespace servqa
