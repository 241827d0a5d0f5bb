//! The chart's text alternative: a sentence saying what it shows, and the counts of every bar
//! at the current scale as a table.

use crate::i18n::Strings;
use sahifa_core::timeline::{Histogram, Labels};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountTableProps {
    pub histogram: Rc<Histogram>,
    pub labels: Labels,
    pub strings: &'static Strings,
}

/// "12 articles, 1–31 January 2022; 3 outside the period shown; 2 undated".
pub fn summary(histogram: &Histogram, labels: &Labels, strings: &Strings) -> String {
    let sep = strings.timeline_separator;
    let mut text = format!("{}{sep}{}", labels.count(histogram.total()), labels.range(histogram.view.range()));
    let outside = histogram.before + histogram.after;
    if outside > 0 {
        text += &format!("{sep}{} {}", labels.count(outside), strings.timeline_outside);
    }
    if histogram.undated > 0 {
        text += &format!("{sep}{} {}", labels.count(histogram.undated), strings.timeline_undated);
    }
    text
}

#[component]
pub fn CountTable(props: &CountTableProps) -> Html {
    let grid = props.histogram.view.grid;
    html! {
        <details class="tl-table">
            <summary>{ props.strings.timeline_table_label }</summary>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{ props.strings.timeline_period_column }</th>
                        <th scope="col">{ props.strings.timeline_count_column }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.histogram.bars().map(|(bucket, count)| html! {
                        <tr key={bucket.0}>
                            <th scope="row">{ props.labels.period(grid, bucket) }</th>
                            <td>{ props.labels.count(count) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </details>
    }
}
