// servqa_audio: the recording player's audio through QtMultimedia, a plugin loaded on the first
// recording played (ui/audioplayback.h).
#include "audioplayback.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QObject>
#include <QUrl>

namespace servqa {

namespace {

class MediaPlayback : public QObject, public AudioPlayback
{
public:
    explicit MediaPlayback(QObject *owner) : QObject(owner), m_player(new QMediaPlayer(this)), m_audio(new QAudioOutput(this))
    {
        m_player->setAudioOutput(m_audio);
        connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
            if (durationChanged)
                durationChanged(ms);
        });
        connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
            if (positionChanged)
                positionChanged(ms);
        });
        connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
            if (playingChanged)
                playingChanged(state == QMediaPlayer::PlayingState);
        });
        connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
            if (failed)
                failed(message);
        });
    }
    ~MediaPlayback() override { m_player->stop(); }

    void setSource(const QString &path) override { m_player->setSource(path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path)); }
    bool hasSource() const override { return !m_player->source().isEmpty(); }
    void play() override { m_player->play(); }
    void pause() override { m_player->pause(); }
    void stop() override { m_player->stop(); }
    bool isPlaying() const override { return m_player->playbackState() == QMediaPlayer::PlayingState; }
    qint64 position() const override { return m_player->position(); }
    qint64 duration() const override { return m_player->duration(); }
    void setPosition(qint64 ms) override { m_player->setPosition(ms); }
    void setRate(double rate) override { m_player->setPlaybackRate(rate); }

private:
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
};

class MediaPlaybackFactory : public QObject, public AudioPlaybackFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ServqaAudioPlaybackFactoryIid)
    Q_INTERFACES(servqa::AudioPlaybackFactory)

public:
    AudioPlayback *create(QObject *owner) override { return new MediaPlayback(owner); }
};

} // namespace

} // namespace servqa

#include "mediaplayback.moc"
