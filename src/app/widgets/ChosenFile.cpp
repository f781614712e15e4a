#include "app/widgets/ChosenFile.h"

#include "formats/InputFile.h"

#include <QFileInfo>

namespace mutualise::app {

std::optional<ChosenFile> readChosenFile(const std::function<QString()>& chooser,
                                         const std::function<void(const QString& message)>& refuse,
                                         qint64 limit, FileReader read)
{
    const QString path = chooser();
    if (path.isEmpty()) {
        return std::nullopt;
    }
    const auto content = read(path, limit);
    if (!content) {
        refuse(content.error().message);
        return std::nullopt;
    }
    return ChosenFile { QFileInfo(path).fileName(), *content };
}

} // namespace mutualise::app
