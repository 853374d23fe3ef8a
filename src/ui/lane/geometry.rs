//! Where every part of a lane goes: pure geometry from the lane's rect, the
//! theme and the laid-out text. Painting and interaction both read it, so
//! what is drawn and what reacts to the pointer can never disagree.

use std::sync::Arc;

use egui::{Galley, Painter, Pos2, Rangef, Rect, Vec2};

use super::LaneView;
use crate::model::Session;
use crate::ui::chip::{chip_label_galley, chip_width};
use crate::ui::paint::elided;
use crate::ui::source::marked_name;
use crate::ui::theme::Theme;

/// A lane at least this tall gets a band of milestone signs above the road;
/// a shorter one shows milestones as ticks on the road.
const SIGN_BAND_MIN_LANE: f32 = 40.0;
/// A lane at least this tall staggers its signs over two rows.
const TWO_SIGN_ROWS_MIN_LANE: f32 = 84.0;
/// Chips are drawn only when their band is at least this tall.
const CHIP_MIN_HEIGHT: f32 = 8.0;

/// Where the parts of one lane go.
#[derive(Clone, Debug)]
pub struct LaneGeometry {
    /// The whole lane.
    pub rect: Rect,
    /// Header column on the left.
    pub header: Rect,
    /// Band above the road for milestone signs (zero height on short lanes).
    pub signs: Rect,
    /// The asphalt.
    pub road: Rect,
    /// Horizontal span the vehicle travels, 0 % to 100 %.
    pub travel: Rangef,
    /// Rows of milestone plates in the sign band: two on tall lanes, none
    /// on short ones (milestones are then ticks on the road).
    pub sign_rows: usize,
    /// The header's rows.
    pub header_rows: HeaderRows,
    /// Size of the vehicle's body.
    pub vehicle_size: Vec2,
}

/// The vehicle's body size in a driving band `band_height` tall.
fn vehicle_size(band_height: f32) -> Vec2 {
    let height = (band_height - 6.0).clamp(band_height.min(14.0), 30.0);
    let width = if height >= 14.0 {
        (height * 2.4).max(44.0)
    } else {
        height * 2.4
    };
    Vec2::new(width, height)
}

/// The rows of a lane header. Rows that do not fit a short lane are `None`.
#[derive(Clone, Debug)]
pub struct HeaderRows {
    /// The round status badge with the lane number.
    pub badge: Rect,
    /// The track name, right of the badge.
    pub name: Rect,
    /// Font of the name, shrunk on short lanes.
    pub name_font: egui::FontId,
    /// The format, left of the status badge.
    pub format: Option<Rect>,
    /// The status badge (width set by its text when laid out).
    pub status: Option<Rect>,
    /// The precise progress slider (editor) or a thin progress bar.
    pub slider: Option<Rect>,
}

impl LaneGeometry {
    /// Splits `rect` into header, sign band and road.
    pub fn new(rect: Rect, theme: &Theme) -> Self {
        let header_width = theme.header_width.min(rect.width() * 0.45);
        let header = Rect::from_min_max(
            rect.min,
            Pos2::new(rect.left() + header_width, rect.bottom()),
        );
        let road_outer = Rect::from_min_max(
            Pos2::new(header.right() + theme.header_road_gap, rect.top()),
            rect.max,
        );
        // Decided from the lane height, not from the band's own (rounded) height.
        let sign_rows = [SIGN_BAND_MIN_LANE, TWO_SIGN_ROWS_MIN_LANE]
            .iter()
            .filter(|&&min| rect.height() >= min)
            .count();
        let sign_height = match sign_rows {
            2 => (rect.height() * 0.36).clamp(34.0, 44.0),
            1 => (rect.height() * 0.3).clamp(12.0, 26.0),
            _ => 0.0,
        };
        let signs = Rect::from_min_max(
            road_outer.min,
            Pos2::new(road_outer.right(), road_outer.top() + sign_height),
        );
        let road = Rect::from_min_max(Pos2::new(road_outer.left(), signs.bottom()), road_outer.max);
        let vehicle_size = vehicle_size(road.height() / 2.0);
        // The vehicle at 0 % and 100 % stays on the road.
        let inset = (vehicle_size.x / 2.0 + 2.0)
            .max(30.0)
            .min(road.width() * 0.25);
        let travel = Rangef::new(
            road.left() + inset,
            (road.right() - inset).max(road.left() + inset + 1.0),
        );
        Self {
            rect,
            header,
            signs,
            road,
            travel,
            sign_rows,
            header_rows: HeaderRows::new(header, theme),
            vehicle_size,
        }
    }

    /// Screen x of a progress percentage.
    pub fn x_of(&self, pct: f32) -> f32 {
        self.travel.min + self.travel.span() * (pct.clamp(0.0, 100.0) / 100.0)
    }

    /// Progress percentage at screen x, rounded to a whole percent.
    pub fn pct_at(&self, x: f32) -> f32 {
        (((x - self.travel.min) / self.travel.span()) * 100.0)
            .clamp(0.0, 100.0)
            .round()
    }

    /// Upper half of the road, where the vehicle drives.
    pub fn driving_band(&self) -> Rect {
        Rect::from_min_max(
            self.road.min,
            Pos2::new(self.road.right(), self.road.center().y),
        )
    }

    /// Lower half of the road, where the participant chips stand.
    pub fn chip_band(&self) -> Rect {
        Rect::from_min_max(
            Pos2::new(self.road.left(), self.road.center().y),
            self.road.max,
        )
    }

    /// Width of the shoulder lines (or hazard stripes).
    pub fn shoulder(&self) -> f32 {
        (self.road.height() * 0.07).clamp(1.0, 5.0)
    }

    /// The vehicle's body at `progress_pct`.
    pub fn vehicle(&self, progress_pct: f32) -> Rect {
        let band = self.driving_band();
        let size = self.vehicle_size;
        Rect::from_center_size(
            Pos2::new(
                self.x_of(progress_pct),
                band.center().y + ((band.height() - size.y) / 2.0).min(1.5),
            ),
            size,
        )
    }
}

impl HeaderRows {
    fn new(header: Rect, theme: &Theme) -> Self {
        let inner = header.shrink2(Vec2::new(
            8.0_f32.min(header.width() * 0.05),
            4.0_f32.min(header.height() * 0.1),
        ));
        let gap = 2.0;
        let name_height = theme.number_badge.min(inner.height());
        let format_height = theme.small.size + 3.5;
        let slider_height = theme.number_badge - 2.0;
        let full = name_height + format_height + slider_height + 2.0 * gap;
        let two_rows = name_height + format_height + gap;
        let rows = if inner.height() >= full {
            3
        } else if inner.height() >= two_rows {
            2
        } else {
            1
        };
        let used = match rows {
            3 => full,
            2 => two_rows,
            _ => name_height,
        };
        // Spread the rows over the height, centred.
        let mut top = inner.top() + ((inner.height() - used) / 2.0).max(0.0);
        let row = |top: f32, height: f32| {
            Rect::from_min_size(
                Pos2::new(inner.left(), top),
                Vec2::new(inner.width(), height),
            )
        };
        let name_row = row(top, name_height);
        let badge = Rect::from_min_size(name_row.min, Vec2::splat(name_height));
        let name = Rect::from_min_max(Pos2::new(badge.right() + 6.0, name_row.top()), name_row.max);
        let name_font = egui::FontId::new(
            theme.lane_title.size.min(name_height * 0.8),
            theme.lane_title.family.clone(),
        );
        top += name_height + gap;
        let (format, status) = if rows >= 2 {
            let format_row = row(top, format_height);
            top += format_height + gap;
            (Some(format_row), Some(format_row))
        } else {
            (None, None)
        };
        let slider = (rows >= 3).then(|| row(top, slider_height));
        Self {
            badge,
            name,
            name_font,
            format,
            status,
            slider,
        }
    }
}

/// A participant chip's place on the road.
#[derive(Clone, Debug)]
pub struct ChipSlot {
    /// Index into the lane's seats.
    pub seat: usize,
    /// Where the chip is drawn.
    pub rect: Rect,
    /// Its short label, laid out.
    pub label: Arc<Galley>,
}

/// A milestone sign's place in the sign band.
#[derive(Clone, Debug)]
pub struct SignSlot {
    /// Index into the track's milestones.
    pub milestone: usize,
    /// Screen x of its post.
    pub x: f32,
    /// Top of its row in the sign band.
    pub row_top: f32,
    /// The plate (or the round sign when no words fit).
    pub plate: Rect,
    /// The words on the plate; `None` for a round sign.
    pub text: Option<Arc<Galley>>,
}

/// Everything placed on one lane: geometry plus where each chip and sign
/// goes, with their text laid out once for both painting and interaction.
#[derive(Clone, Debug)]
pub struct LaneLayout {
    /// The lane's geometry.
    pub geometry: LaneGeometry,
    /// Chips that fit, left to right.
    pub chips: Vec<ChipSlot>,
    /// The "+N" chip when not every participant fits: its rect and N.
    pub more_chips: Option<(Rect, usize)>,
    /// Milestone signs (empty on lanes too short for a sign band).
    pub signs: Vec<SignSlot>,
    /// The vehicle's body.
    pub vehicle: Rect,
}

impl LaneLayout {
    /// Places every part of `lane` in `rect`.
    pub fn new(
        painter: &Painter,
        session: &Session,
        lane: &LaneView<'_>,
        rect: Rect,
        theme: &Theme,
    ) -> Self {
        let geometry = LaneGeometry::new(rect, theme);
        let (chips, more_chips) = place_chips(painter, session, lane, &geometry, theme);
        let signs = place_signs(painter, lane, &geometry, theme);
        let vehicle = geometry.vehicle(lane.progress_pct);
        Self {
            geometry,
            chips,
            more_chips,
            signs,
            vehicle,
        }
    }
}

fn place_chips(
    painter: &Painter,
    session: &Session,
    lane: &LaneView<'_>,
    geometry: &LaneGeometry,
    theme: &Theme,
) -> (Vec<ChipSlot>, Option<(Rect, usize)>) {
    let band = geometry.chip_band().shrink2(Vec2::new(6.0, 3.0));
    let height = (band.height() - 2.0).min(24.0);
    let mut chips = Vec::with_capacity(lane.seats.len());
    if height < CHIP_MIN_HEIGHT {
        return (chips, None);
    }
    let height = height.max(12.0);
    let more_width = theme.more_chips_width;
    let mut x = band.left() + 4.0;
    let limit = band.right() - 4.0;
    for (index, seat) in lane.seats.iter().enumerate() {
        let Some(participant) = session.participant(&seat.participant) else {
            continue;
        };
        let label = chip_label_galley(painter, participant, theme);
        let size = Vec2::new(chip_width(&label, theme), height);
        let remaining = lane.seats.len() - index;
        // Leave room for a "+N" chip if the rest will not fit.
        let room_for_more = more_width + 4.0;
        if x + size.x > limit
            || (remaining > 1
                && x + size.x + room_for_more > limit
                && x + size.x > limit - room_for_more)
        {
            let more = Rect::from_min_size(
                Pos2::new(x, band.center().y - height / 2.0),
                Vec2::new(more_width, height),
            );
            let more = (more.right() <= band.right()).then_some((more, remaining));
            return (chips, more);
        }
        let rect = Rect::from_min_size(Pos2::new(x, band.center().y - height / 2.0), size);
        chips.push(ChipSlot {
            seat: index,
            rect,
            label,
        });
        x += size.x + theme.chip_gap;
    }
    (chips, None)
}

/// Tall lanes stagger the plates over two rows, so each plate has room up
/// to the next-but-one sign; short lanes use one row.
fn place_signs(
    painter: &Painter,
    lane: &LaneView<'_>,
    geometry: &LaneGeometry,
    theme: &Theme,
) -> Vec<SignSlot> {
    let rows = geometry.sign_rows;
    let milestones = &lane.track.milestones;
    if rows == 0 || milestones.is_empty() {
        return Vec::new();
    }
    let language = crate::i18n::lang_of(painter.ctx());
    let signs = geometry.signs;
    let row_height = signs.height() / rows as f32;
    let plate_height = (row_height - 3.0).max(10.0);
    // The document keeps milestones in the order they were written (they
    // are addressed by id and never re-sorted); signs are placed in road
    // order, so staggering and room for each plate follow the road.
    let mut road_order: Vec<usize> = (0..milestones.len()).collect();
    road_order.sort_by(|&a, &b| {
        milestones[a]
            .position_pct
            .total_cmp(&milestones[b].position_pct)
    });
    let xs: Vec<f32> = road_order
        .iter()
        .map(|&m| geometry.x_of(milestones[m].position_pct))
        .collect();
    // Right edge of the last plate placed on each row, so a plate near the
    // end of the road can hang to the left of its post instead.
    let mut row_ends = [signs.left(); 2];
    let mut slots = Vec::with_capacity(milestones.len());
    for (index, &milestone_index) in road_order.iter().enumerate() {
        let milestone = &milestones[milestone_index];
        let x = xs[index];
        let row = index % rows;
        let row_top = signs.top() + row as f32 * row_height;
        let next_x = xs.get(index + rows).copied().unwrap_or(signs.right());
        // The plate hangs right of its post, cut to the space before the next
        // sign on its row; if the room on the left is larger, it hangs left.
        let room_right = (next_x - x - 6.0).min(signs.right() - x - 2.0);
        let room_left = x - row_ends[row] - 6.0;
        let max_room = room_right.max(room_left);
        // An illustrative milestone's plate reads "≈ name".
        let name = marked_name(milestone.name.get(language), &milestone.source, language);
        let text = if max_room - 10.0 >= 18.0 {
            let full = painter.layout_no_wrap(
                name.clone(),
                theme.small.clone(),
                Theme::INK_CHOSEN_WHEN_PAINTED,
            );
            let full_width = full.size().x + 10.0;
            let hang_left = room_right < full_width && room_left > room_right;
            let room = if hang_left { room_left } else { room_right };
            let max_text = (room - 10.0).max(0.0);
            if max_text < 18.0 {
                None
            } else if full_width <= room {
                Some((full, hang_left))
            } else {
                let cut = elided(
                    painter,
                    &name,
                    theme.small.clone(),
                    Theme::INK_CHOSEN_WHEN_PAINTED,
                    max_text,
                );
                Some((cut, hang_left))
            }
        } else {
            None
        };
        let (plate, text) = match text {
            Some((galley, hang_left)) => {
                let size = Vec2::new(galley.size().x + 10.0, plate_height);
                let left = if hang_left { x - size.x } else { x };
                (
                    Rect::from_min_size(Pos2::new(left, row_top + 1.0), size),
                    Some(galley),
                )
            }
            // No room for words: a round sign; the name is in the tooltip.
            None => (
                Rect::from_center_size(
                    Pos2::new(x, row_top + plate_height / 2.0 + 1.0),
                    Vec2::splat(plate_height),
                ),
                None,
            ),
        };
        row_ends[row] = row_ends[row].max(plate.right());
        slots.push(SignSlot {
            milestone: milestone_index,
            x,
            row_top,
            plate,
            text,
        });
    }
    slots
}

#[cfg(test)]
mod tests {
    #![allow(clippy::float_cmp, reason = "whole percentages are exact in f32")]
    use super::*;

    #[test]
    fn geometry_maps_percent_to_x_and_back() {
        let theme = Theme::screen();
        let g = LaneGeometry::new(
            Rect::from_min_size(Pos2::ZERO, Vec2::new(1000.0, 80.0)),
            &theme,
        );
        for pct in [0.0, 25.0, 50.0, 99.0, 100.0] {
            assert!((g.pct_at(g.x_of(pct)) - pct).abs() < 0.51, "{pct}");
        }
        assert_eq!(g.pct_at(-1000.0), 0.0);
        assert_eq!(g.pct_at(5000.0), 100.0);
        assert!(g.road.left() > g.header.right());
    }

    #[test]
    fn every_part_of_a_short_lane_stays_inside_it() {
        let theme = Theme::screen().scaled(0.2);
        for height in [6.0, 12.0, 20.0, 39.0, 41.0, 66.0, 170.0] {
            let rect = Rect::from_min_size(Pos2::new(10.0, 100.0), Vec2::new(1400.0, height));
            let g = LaneGeometry::new(rect, &theme);
            for part in [
                g.header,
                g.signs,
                g.road,
                g.header_rows.badge,
                g.header_rows.name,
            ] {
                assert!(rect.expand(0.01).contains_rect(part), "{height}: {part:?}");
            }
            for part in [g.header_rows.format, g.header_rows.slider]
                .into_iter()
                .flatten()
            {
                assert!(rect.contains_rect(part), "{height}: {part:?}");
            }
            assert!(
                rect.expand(0.01)
                    .contains_rect(g.vehicle(100.0).shrink2(Vec2::new(0.0, 0.01))),
                "{height}"
            );
        }
    }

    /// Milestones are never re-sorted in the document, so a sign moved past
    /// its neighbour is drawn out of file order: its plate must still be
    /// placed (row, room for words) exactly as in road order.
    #[test]
    fn signs_are_placed_in_road_order_whatever_the_file_order() {
        let session = crate::io::bundled_session().expect("bundled");
        let mut reversed = session.clone();
        reversed.tracks[0].milestones.reverse();
        let theme = Theme::screen();
        let rect = Rect::from_min_size(Pos2::ZERO, Vec2::new(1400.0, 120.0));
        let ctx = egui::Context::default();
        let place = |session: &Session| -> Vec<(String, f32, f32, bool)> {
            let mut placed = Vec::new();
            let marks = crate::ui::board::BoardMarks::default();
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                let lane = LaneView::new(session, &session.board, 0, &session.tracks[0], &marks)
                    .expect("a lane");
                let layout = LaneLayout::new(ui.painter(), session, &lane, rect, &theme);
                placed = layout
                    .signs
                    .iter()
                    .map(|slot| {
                        let m = &session.tracks[0].milestones[slot.milestone];
                        (m.id.to_string(), slot.x, slot.row_top, slot.text.is_some())
                    })
                    .collect();
            });
            // The font atlas this frame made is not uploaded anywhere here.
            output.textures_delta.clear();
            placed.sort_by(|a, b| a.0.cmp(&b.0));
            placed
        };
        let in_order = place(&session);
        assert!(
            in_order.iter().filter(|s| s.3).count() >= 3,
            "most plates carry words: {in_order:?}"
        );
        assert_eq!(place(&reversed), in_order);
    }
}
