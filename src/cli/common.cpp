#include "cli/common.h"

#include "gazetteer/data_dirs.h"

namespace attache::cli {

std::shared_ptr<const gazetteer::Knowledge> KnowledgeOptions::load() const {
  return gazetteer::Knowledge::load(gazetteer::data_dirs(data_dirs, replace));
}

}  // namespace attache::cli
