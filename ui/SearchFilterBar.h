#pragma once

#include "reference/ReferenceData.h"
#include "search/SearchTypes.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace creditdesk {

/// The filters beside the search box: region with drill-down (province → city → county), court,
/// listing ground, publication state, listed between two dates, measure category and under
/// objection. Reference lists load the first time the bar is shown, not at start-up.
class SearchFilterBar : public QWidget
{
    Q_OBJECT

public:
    using ReferenceLoader = std::function<ReferenceData()>;
    explicit SearchFilterBar(ReferenceLoader loader, QWidget *parent = nullptr);

    SearchFilters filters() const;
    void clear();

Q_SIGNALS:
    void filtersChanged(const creditdesk::SearchFilters &filters);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void fillRegions(QComboBox *box, const QString &parentCode, int level);
    void fillCourts();
    QString selectedRegion() const;
    void announce();

    ReferenceLoader m_loader;
    ReferenceData m_reference;
    bool m_loaded = false;
    bool m_quiet = false;
    QComboBox *m_province;
    QComboBox *m_city;
    QComboBox *m_county;
    QComboBox *m_court;
    QComboBox *m_ground;
    QComboBox *m_state;
    QComboBox *m_category;
    QCheckBox *m_between;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_objection;
};

} // namespace creditdesk
