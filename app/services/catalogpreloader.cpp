#include "services/catalogpreloader.h"

#include "model/countrycodes.h"
#include "services/catalogloader.h"
#include "store/database.h"
#include "store/lookupcache.h"
#include "store/recorddirectory.h"

#include <QFileInfo>

std::shared_future<CatalogPreloader::Outcome> CatalogPreloader::start(const QString &dataDir,
                                                                      const QString &profile)
{
    return std::async(std::launch::async,
                      [dataDir, profile]() -> Outcome {
                          // Nothing to read ahead on a first start; the main thread creates the
                          // store.
                          const QString path = Database::defaultPath(dataDir);
                          if (!QFileInfo::exists(path))
                              return Outcome::failure(QStringLiteral("no store yet"));
                          // A Qt SQL connection belongs to the thread that opened it: this one.
                          Database database;
                          auto opened = database.open(path);
                          if (!opened)
                              return Outcome::failure(opened.error());
                          const LookupCache cache(&database);
                          const RecordDirectory directory(&database);
                          auto catalog = CatalogLoader::load(cache, &directory, profile);
                          database.close();
                          // The address editors' country list, read here instead of while the
                          // first form is built.
                          CountryCodes::instance();
                          return catalog;
                      })
        .share();
}
