#pragma once

#include <QString>
#include <QtPlugin>

#include <functional>

class QObject;

namespace servqa {

// What the recording player needs of an audio library. QtMultimedia and the ~20 libraries under
// it (PulseAudio, the codecs, Qt Network) stay out of ServQA's start: they live in the plugin
// servqa_audio (ui/audio/), loaded on the first recording played (loadAudioPlayback()).
// Plain callbacks rather than signals, so the plugin and the application share no meta-object.
class AudioPlayback
{
public:
    virtual ~AudioPlayback() = default;
    virtual void setSource(const QString &path) = 0; // empty: none
    virtual bool hasSource() const = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual bool isPlaying() const = 0;
    virtual qint64 position() const = 0; // ms
    virtual qint64 duration() const = 0; // ms; 0 until the file's header has been read
    virtual void setPosition(qint64 ms) = 0;
    virtual void setRate(double rate) = 0;

    std::function<void(qint64 ms)> durationChanged;
    std::function<void(qint64 ms)> positionChanged;
    std::function<void(bool playing)> playingChanged;
    std::function<void(const QString &message)> failed;
};

class AudioPlaybackFactory
{
public:
    virtual ~AudioPlaybackFactory() = default;
    // A player that `owner` deletes with itself.
    virtual AudioPlayback *create(QObject *owner) = 0;
};

} // namespace servqa

#define ServqaAudioPlaybackFactoryIid "org.servqa.AudioPlaybackFactory/1"
Q_DECLARE_INTERFACE(servqa::AudioPlaybackFactory, ServqaAudioPlaybackFactoryIid)
