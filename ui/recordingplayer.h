#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace servqa {

class AudioPlayback;

// Plays an interaction's recording beside the form: play / pause, seek, speed, and a
// timestamp for comments ("[01:23]") that seeks back there when clicked.
class RecordingPlayer : public QWidget
{
    Q_OBJECT

public:
    explicit RecordingPlayer(QWidget *parent = nullptr);
    ~RecordingPlayer() override;

    // Loads a file; false (with the reason shown) when it does not exist.
    bool load(const QString &path);
    void unload();
    // No file to play, and why (shown where the file's name would be).
    void showUnavailable(const QString &why);
    QString statusText() const; // the file's name, or why there is none to play
    bool hasRecording() const;

    qint64 position() const; // ms
    qint64 duration() const; // ms; 0 until the file's header has been read
    void setPosition(qint64 ms);
    void togglePlay();
    void skip(qint64 ms);
    double speed() const;
    // "[mm:ss]" (or "[h:mm:ss]") for the current position.
    QString stamp() const;
    // The position of the first stamp in `text` at or around character `at` (any stamp if
    // at < 0), or -1.
    static qint64 stampPosition(const QString &text, int at = -1);
    static QString formatStamp(qint64 ms);

    QComboBox *speedBox() const { return m_speed; }

signals:
    void stampRequested(const QString &stamp);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTime();
    bool createPlayer();

    AudioPlayback *m_player = nullptr; // from the plugin servqa_audio, on the first recording loaded
    QToolButton *m_play;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_stamp;
    QSlider *m_slider;
    QLabel *m_time;
    QComboBox *m_speed;
    QLabel *m_status;
    bool m_sliderHeld = false;
};

} // namespace servqa
