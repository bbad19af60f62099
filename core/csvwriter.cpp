#include "csvwriter.h"

namespace servqa {

QByteArray csvRecord(const QStringList &fields)
{
    QByteArray out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        QString f = fields[i];
        if (!f.isEmpty() && QStringLiteral("=+-@").contains(f.front())) {
            bool number = false;
            f.toDouble(&number); // -12.5 stays a number
            if (!number)
                f.prepend(QLatin1Char('\''));
        }
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
            || f.contains(QLatin1Char('\r'))) {
            f.replace(QLatin1Char('"'), QLatin1String("\"\""));
            f = QLatin1Char('"') + f + QLatin1Char('"');
        }
        out += f.toUtf8();
    }
    out += "\r\n";
    return out;
}

} // namespace servqa
