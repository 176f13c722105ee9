//! Strategy views (placeholder until the drawing lands).

use crate::strategy::StrategyReport;

pub fn strategy_svg(report: &StrategyReport) -> String {
    let _ = report;
    String::from(r#"<svg xmlns="http://www.w3.org/2000/svg"></svg>"#)
}
