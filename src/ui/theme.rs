//! Every colour, size and font of the board in one place.
//!
//! The screen theme is the default; a projector theme (bigger type, more
//! contrast) will be a second constructor here, not edits across the UI.

use egui::{Color32, FontId, Stroke};

use crate::model::{BorderStatus, Rgb, TrackStatus};

/// Design tokens for the board.
#[derive(Clone, Debug)]
pub struct Theme {
    /// Window background behind the road.
    pub background: Color32,
    /// Road surface.
    pub asphalt: Color32,
    /// Road surface of a lane that is closed (gated, deferred).
    pub asphalt_closed: Color32,
    /// Dashed lane markings and shoulder lines.
    pub marking: Color32,
    /// Grass/verge between lanes.
    pub verge: Color32,
    /// Lane header background.
    pub header_fill: Color32,
    /// Highlight of the selected lane.
    pub selection: Color32,
    /// Main text.
    pub text: Color32,
    /// Secondary text.
    pub text_weak: Color32,
    /// Progress already made (gauge fill, passed road).
    pub progress: Color32,
    /// Hazard colour for stalled lanes.
    pub hazard: Color32,
    /// Barrier colour for closed lanes.
    pub barrier: Color32,
    /// Unlocked/agreed accent.
    pub good: Color32,
    /// Locked accent.
    pub locked: Color32,
    /// Card background in the side panels.
    pub card_fill: Color32,
    /// Card outline.
    pub card_stroke: Stroke,
    /// Height of one lane at the smallest.
    pub lane_min_height: f32,
    /// Height of one lane at the largest.
    pub lane_max_height: f32,
    /// Width of the lane header column.
    pub header_width: f32,
    /// Gap between lanes.
    pub lane_gap: f32,
    /// Lane name font.
    pub lane_title: FontId,
    /// Small print: formats, milestone names, chip labels.
    pub small: FontId,
    /// Body text on cards.
    pub body: FontId,
    /// Card and panel headings.
    pub heading: FontId,
    /// The big number on the gauge.
    pub gauge_figure: FontId,
    /// Shade over the window while a file is dragged over it.
    pub drop_overlay_fill: Color32,
    /// Text on that shade.
    pub drop_overlay_text: Color32,
    /// Font of that text.
    pub drop_overlay_font: FontId,
    /// Minimum width of the Help menu.
    pub help_min_width: f32,
    /// Size of a sample chip in the Help menu.
    pub help_chip_size: egui::Vec2,
    /// Widest a modal window gets.
    pub modal_max_width: f32,
    /// Padding inside the gauge bar under the menu.
    pub gauge_panel_margin: egui::Margin,
    /// Side panel: share of the window width it starts at.
    pub side_panel_share: f32,
    /// Side panel: narrowest it starts at.
    pub side_panel_min_start: f32,
    /// Side panel: widest it starts at.
    pub side_panel_max_start: f32,
    /// Side panel: narrowest the user can make it.
    pub side_panel_min: f32,
}

impl Default for Theme {
    fn default() -> Self {
        Self::screen()
    }
}

impl Theme {
    /// The default dark theme for laptop screens.
    pub fn screen() -> Self {
        Self {
            background: Color32::from_rgb(24, 28, 32),
            asphalt: Color32::from_rgb(52, 56, 62),
            asphalt_closed: Color32::from_rgb(40, 42, 46),
            marking: Color32::from_rgb(230, 230, 220),
            verge: Color32::from_rgb(34, 52, 38),
            header_fill: Color32::from_rgb(33, 38, 44),
            selection: Color32::from_rgb(90, 170, 255),
            text: Color32::from_rgb(236, 238, 240),
            text_weak: Color32::from_rgb(168, 176, 186),
            progress: Color32::from_rgb(74, 180, 120),
            hazard: Color32::from_rgb(255, 170, 0),
            barrier: Color32::from_rgb(220, 60, 50),
            good: Color32::from_rgb(86, 200, 120),
            locked: Color32::from_rgb(150, 150, 160),
            card_fill: Color32::from_rgb(36, 41, 48),
            card_stroke: Stroke::new(1.0, Color32::from_rgb(70, 78, 90)),
            lane_min_height: 66.0,
            lane_max_height: 170.0,
            header_width: 240.0,
            lane_gap: 6.0,
            lane_title: FontId::proportional(17.0),
            small: FontId::proportional(12.5),
            body: FontId::proportional(14.0),
            heading: FontId::proportional(16.0),
            gauge_figure: FontId::proportional(26.0),
            drop_overlay_fill: Color32::from_black_alpha(180),
            drop_overlay_text: Color32::WHITE,
            drop_overlay_font: FontId::proportional(28.0),
            help_min_width: 320.0,
            help_chip_size: egui::vec2(56.0, 20.0),
            modal_max_width: 520.0,
            gauge_panel_margin: egui::Margin::symmetric(12, 6),
            side_panel_share: 0.33,
            side_panel_min_start: 380.0,
            side_panel_max_start: 680.0,
            side_panel_min: 320.0,
        }
    }

    /// A participant's chip colour.
    pub fn participant_colour(rgb: Rgb) -> Color32 {
        Color32::from_rgb(rgb.0, rgb.1, rgb.2)
    }

    /// Black or white, whichever reads better on `fill`.
    pub fn text_on(fill: Color32) -> Color32 {
        let luminance =
            0.299 * f32::from(fill.r()) + 0.587 * f32::from(fill.g()) + 0.114 * f32::from(fill.b());
        if luminance > 150.0 {
            Color32::from_rgb(20, 20, 24)
        } else {
            Color32::WHITE
        }
    }

    /// Badge colour for a track status.
    pub fn status_colour(&self, status: TrackStatus) -> Color32 {
        match status {
            TrackStatus::NotStarted => self.locked,
            TrackStatus::UnderWay => Color32::from_rgb(70, 150, 230),
            TrackStatus::Stalled => self.hazard,
            TrackStatus::Agreed => self.good,
            TrackStatus::Deferred => Color32::from_rgb(150, 120, 200),
        }
    }

    /// Accent colour for a border option status.
    pub fn border_status_colour(&self, status: BorderStatus) -> Color32 {
        match status {
            BorderStatus::OnTable => Color32::from_rgb(70, 150, 230),
            BorderStatus::Preferred => Color32::from_rgb(230, 190, 60),
            BorderStatus::Agreed => self.good,
            BorderStatus::Rejected => Color32::from_rgb(200, 80, 80),
        }
    }
}
