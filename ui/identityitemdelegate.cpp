#include "identityitemdelegate.h"

#include "models/identitytreemodel.h"
#include "tierstyle.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;
using ie::models::IdentityTreeModel;

namespace ie::ui {

IdentityItemDelegate::IdentityItemDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QIcon IdentityItemDelegate::iconFor(const QModelIndex &index, const QStyle *style)
{
    if (!index.isValid() || index.column() != IdentityTreeModel::NameColumn || !style)
        return {};
    if (index.data(IdentityTreeModel::IsGroupRole).toBool())
        return style->standardIcon(QStyle::SP_DirIcon);
    if (index.data(IdentityTreeModel::OrphanedRole).toBool())
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    const QString kind = index.data(IdentityTreeModel::KindRole).toString();
    if (kind == "system-assigned"_L1)
        return style->standardIcon(QStyle::SP_ComputerIcon);
    if (kind == "user-assigned"_L1)
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    if (kind == "application"_L1)
        return style->standardIcon(QStyle::SP_FileIcon);
    if (kind == "microsoft"_L1)
        return style->standardIcon(QStyle::SP_DesktopIcon);
    return style->standardIcon(QStyle::SP_FileLinkIcon);
}

void IdentityItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const QIcon icon = iconFor(index, style);
    if (!icon.isNull()) {
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    // Tier 0 and tier 1 holders are marked as loudly as in the grant panels: a word first (colour
    // is never the only mark), in the tier's colour, bold for tier 0.
    if (index.column() != IdentityTreeModel::NameColumn)
        return;
    const QVariant tier = index.data(IdentityTreeModel::TierRole);
    if (!tier.isValid() || tier.toInt() < 0 || tier.toInt() > 1)
        return;
    const bool tier0 = tier.toInt() == 0;
    option->text = badgeText(tier.toInt()) + u"  "_s + option->text;
    const QColor colour = tier0 ? tierstyle::danger(option->palette)
                                : tierstyle::warning(option->palette);
    option->palette.setColor(QPalette::Text, colour);
    option->font.setBold(tier0);
}

QString IdentityItemDelegate::badgeText(int tier)
{
    return tier == 0 ? tr("TIER 0") : tr("Tier 1");
}

} // namespace ie::ui
