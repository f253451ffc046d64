package org.traceoid.corpora.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.text.DecimalFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The sweep's two plots, drawn with JFreeChart and written as SVG (JFreeSVG) and PNG: a cactus
 * plot (per configuration, the k-th fastest solved run's time against k) and a log-log scatter
 * of two configurations, unsolved runs drawn on a border past the time limit.
 */
final class Plots {
    static final int WIDTH = 800;
    static final int HEIGHT = 600;
    /** Times below this are drawn at it: log axes cannot show zero. */
    private static final double FLOOR = 0.01;

    private Plots() {
    }

    static JFreeChart cactus(List<RunResult> runs) {
        Map<RunResult.RunKey, String> wrong = Verdicts.wrongAnswers(runs);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (RunResult run : runs) {
            List<Double> solved = times.computeIfAbsent(run.config(), c -> new ArrayList<>());
            if (Summary.solved(run, wrong)) {
                solved.add(Math.max(FLOOR, run.scoredSeconds()));
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        times.forEach((config, list) -> {
            XYSeries series = new XYSeries(config, false, true);
            list.sort(null);
            for (int i = 0; i < list.size(); i++) {
                series.add(i + 1, list.get(i));
            }
            data.addSeries(series);
        });
        NumberAxis x = new NumberAxis("instances solved (certified)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        double limit = runs.stream().mapToDouble(RunResult::timeoutSeconds).max().orElse(1);
        double lowest = times.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).min().orElse(1);
        LogAxis y = logAxis(Html.measure(runs) + " per instance (s)", lowest, limit * 1.1);
        font(x);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        colour(renderer, data.getSeriesCount());
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.addRangeMarker(limitMarker(limit, false));
        JFreeChart chart = new JFreeChart("Cactus plot", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Configuration {@code a} on x, {@code b} on y; one point per instance both ran. */
    static JFreeChart scatter(List<RunResult> runs, String a, String b) {
        Map<RunResult.RunKey, String> wrong = Verdicts.wrongAnswers(runs);
        Map<String, RunResult> onA = new LinkedHashMap<>();
        Map<String, RunResult> onB = new LinkedHashMap<>();
        double limit = 0;
        for (RunResult run : runs) {
            limit = Math.max(limit, run.timeoutSeconds());
            if (run.config().equals(a)) {
                onA.put(run.gbd(), run);
            } else if (run.config().equals(b)) {
                onB.put(run.gbd(), run);
            }
        }
        double border = limit * 1.5;
        XYSeries both = new XYSeries("both solved", false, true);
        XYSeries some = new XYSeries("unsolved by one or both (on the border)", false, true);
        for (Map.Entry<String, RunResult> entry : onA.entrySet()) {
            RunResult other = onB.get(entry.getKey());
            if (other == null) {
                continue;
            }
            boolean solvedA = Summary.solved(entry.getValue(), wrong);
            boolean solvedB = Summary.solved(other, wrong);
            double x = solvedA ? Math.max(FLOOR, entry.getValue().scoredSeconds()) : border;
            double y = solvedB ? Math.max(FLOOR, other.scoredSeconds()) : border;
            (solvedA && solvedB ? both : some).add(x, y);
        }
        // points on the border coincide: the legend gives their number
        both.setKey("both solved (" + both.getItemCount() + ")");
        some.setKey("unsolved by one or both, on the border (" + some.getItemCount() + ")");
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(both);
        data.addSeries(some);
        double lowest = Math.min(both.getItemCount() > 0 ? Math.min(both.getMinX(), both.getMinY()) : border,
                some.getItemCount() > 0 ? Math.min(some.getMinX(), some.getMinY()) : border);
        LogAxis x = logAxis(a + ": " + Html.measure(runs) + " (s)", lowest, border * 1.3);
        LogAxis y = logAxis(b + ": " + Html.measure(runs) + " (s)", lowest, border * 1.3);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        double from = x.getLowerBound();
        plot.addAnnotation(new XYLineAnnotation(from, from, border * 1.3, border * 1.3,
                new BasicStroke(1f), Color.GRAY));
        colour(renderer, 2);
        plot.addDomainMarker(limitMarker(limit, true));
        plot.addRangeMarker(limitMarker(limit, false));
        JFreeChart chart = new JFreeChart(a + " vs " + b, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * A base-10 log axis from a little below the power of ten at or below {@code lowest} (so that
     * power's label shows) to {@code upper}: labels at powers of ten in plain decimals (0.01, 0.1, 1,
     * 10, 100), minor ticks at 2..9 times each, fonts large enough to read in a page at 800 pixels.
     */
    private static LogAxis logAxis(String label, double lowest, double upper) {
        LogAxis axis = new LogAxis(label);
        axis.setSmallestValue(FLOOR / 10);
        double lower = Math.pow(10, Math.floor(Math.log10(Math.max(FLOOR, lowest)))) * 0.8;
        axis.setRange(lower, Math.max(upper, lower * 10));
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(new DecimalFormat("0.###"));
        axis.setMinorTickCount(9); // 2, 3, ... 9 times each power of ten
        axis.setMinorTickMarksVisible(true);
        font(axis);
        return axis;
    }

    private static void font(org.jfree.chart.axis.Axis axis) {
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    }

    /** Tableau's ten colours: distinguishable on white, also by most colour-blind readers. */
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    private static void colour(XYLineAndShapeRenderer renderer, int series) {
        for (int i = 0; i < series; i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
    }

    /** The time limit as a dashed red line, labelled so that the two lines of a scatter plot do not collide. */
    private static ValueMarker limitMarker(double limit, boolean vertical) {
        ValueMarker marker = new ValueMarker(limit, Color.RED, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        marker.setLabel("time limit " + SolverRun.format(limit) + " s");
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        marker.setLabelPaint(Color.RED);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        // a vertical line's label at its foot, left of it; a horizontal one's at its right end, below it
        marker.setLabelAnchor(vertical ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.RIGHT);
        marker.setLabelTextAnchor(vertical ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
        return marker;
    }

    /** Writes {@code stem.svg} and {@code stem.png} in {@code dir}. */
    static void write(JFreeChart chart, Path dir, String stem) throws IOException {
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        Files.writeString(dir.resolve(stem + ".svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
        ChartUtils.saveChartAsPNG(dir.resolve(stem + ".png").toFile(), chart, WIDTH, HEIGHT);
    }
}
