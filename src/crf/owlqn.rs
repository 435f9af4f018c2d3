//! OWL-QN: limited-memory quasi-Newton minimisation of a smooth function plus an
//! L1 term `c1 · Σ|w|` (Andrew & Gao, "Scalable training of L1-regularized
//! log-linear models", ICML 2007). With `c1 = 0` it is plain L-BFGS with a
//! backtracking line search.

/// A smooth function to minimise.
pub(super) trait Objective {
    /// The number of variables.
    fn dimension(&self) -> usize;
    /// The value at `w`, with the gradient written into `grad`.
    fn evaluate(&self, w: &[f64], grad: &mut [f64]) -> f64;
}

/// Where the minimisation is.
#[derive(Debug, Clone, Copy)]
pub(super) struct Status {
    pub(super) iteration: usize,
    pub(super) objective: f64,
    pub(super) active: usize,
    pub(super) evaluations: usize,
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The pseudo-gradient of `f + c1·|w|` at `w` (the steepest-descent direction's
/// negative where |w| is not differentiable).
fn pseudo_gradient(w: &[f64], g: &[f64], c1: f64, out: &mut [f64]) {
    if c1 == 0.0 {
        out.copy_from_slice(g);
        return;
    }
    for i in 0..w.len() {
        out[i] = if w[i] > 0.0 {
            g[i] + c1
        } else if w[i] < 0.0 {
            g[i] - c1
        } else if g[i] + c1 < 0.0 {
            g[i] + c1
        } else if g[i] - c1 > 0.0 {
            g[i] - c1
        } else {
            0.0
        };
    }
}

fn l1(w: &[f64]) -> f64 {
    w.iter().map(|x| x.abs()).sum()
}

/// Minimises `f(w) + c1·|w|` from `w` (in place). Stops after `max_iterations`,
/// when the objective improved by less than `epsilon` (relatively) over `period`
/// iterations, or when no step decreases it.
#[allow(clippy::too_many_arguments)]
pub(super) fn minimise(
    f: &dyn Objective,
    w: &mut [f64],
    c1: f64,
    memory: usize,
    max_iterations: usize,
    epsilon: f64,
    period: usize,
    report: &mut dyn FnMut(&Status),
) {
    let n = f.dimension();
    let mut g = vec![0.0; n];
    let mut evaluations = 1;
    let mut fx = f.evaluate(w, &mut g) + c1 * l1(w);
    let mut pg = vec![0.0; n];
    let mut d = vec![0.0; n];
    let mut w_new = vec![0.0; n];
    let mut g_new = vec![0.0; n];
    let mut s_hist: Vec<Vec<f64>> = Vec::new();
    let mut y_hist: Vec<Vec<f64>> = Vec::new();
    let mut rho: Vec<f64> = Vec::new();
    let mut history: Vec<f64> = vec![fx];
    let mut alpha_buf = vec![0.0; memory.max(1)];
    for iteration in 1..=max_iterations {
        pseudo_gradient(w, &g, c1, &mut pg);
        if pg.iter().all(|x| *x == 0.0) {
            break;
        }
        // Direction: -H·pg by the two-loop recursion.
        d.iter_mut().zip(&pg).for_each(|(di, p)| *di = -p);
        let k = s_hist.len();
        for i in (0..k).rev() {
            let a = rho[i] * dot(&s_hist[i], &d);
            alpha_buf[i] = a;
            d.iter_mut().zip(&y_hist[i]).for_each(|(di, yi)| *di -= a * yi);
        }
        if k > 0 {
            let gamma = dot(&s_hist[k - 1], &y_hist[k - 1]) / dot(&y_hist[k - 1], &y_hist[k - 1]);
            d.iter_mut().for_each(|di| *di *= gamma);
        }
        for i in 0..k {
            let b = rho[i] * dot(&y_hist[i], &d);
            let a = alpha_buf[i];
            d.iter_mut().zip(&s_hist[i]).for_each(|(di, si)| *di += (a - b) * si);
        }
        if c1 > 0.0 {
            // Keep to the orthant of steepest descent.
            for i in 0..n {
                if d[i] * pg[i] >= 0.0 {
                    d[i] = 0.0;
                }
            }
        }
        let mut slope = dot(&d, &pg);
        if slope >= 0.0 {
            // Not a descent direction: restart from steepest descent.
            s_hist.clear();
            y_hist.clear();
            rho.clear();
            d.iter_mut().zip(&pg).for_each(|(di, p)| *di = -p);
            slope = dot(&d, &pg);
        }
        // Backtracking line search, projected onto the orthant.
        let mut step = if k == 0 { 1.0 / dot(&d, &d).sqrt().max(1e-12) } else { 1.0 };
        let mut accepted = None;
        for _ in 0..40 {
            for i in 0..n {
                let x = w[i] + step * d[i];
                w_new[i] = if c1 > 0.0 {
                    let orthant = if w[i] != 0.0 { w[i].signum() } else { -pg[i].signum() };
                    if x * orthant <= 0.0 {
                        0.0
                    } else {
                        x
                    }
                } else {
                    x
                };
            }
            evaluations += 1;
            let f_new = f.evaluate(&w_new, &mut g_new) + c1 * l1(&w_new);
            let decrease: f64 = (0..n).map(|i| pg[i] * (w_new[i] - w[i])).sum();
            if f_new <= fx + 1e-4 * decrease {
                accepted = Some(f_new);
                break;
            }
            step *= 0.5;
        }
        let Some(f_new) = accepted else { break };
        // The correction pair, from the smooth part's gradients.
        let s: Vec<f64> = (0..n).map(|i| w_new[i] - w[i]).collect();
        let y: Vec<f64> = (0..n).map(|i| g_new[i] - g[i]).collect();
        let sy = dot(&s, &y);
        if sy > 0.0 {
            if s_hist.len() == memory {
                s_hist.remove(0);
                y_hist.remove(0);
                rho.remove(0);
            }
            s_hist.push(s);
            y_hist.push(y);
            rho.push(1.0 / sy);
        }
        w.copy_from_slice(&w_new);
        g.copy_from_slice(&g_new);
        fx = f_new;
        history.push(fx);
        let active = w.iter().filter(|x| **x != 0.0).count();
        report(&Status { iteration, objective: fx, active, evaluations });
        if history.len() > period {
            let old = history[history.len() - 1 - period];
            if (old - fx) / fx.abs().max(1e-12) < epsilon {
                break;
            }
        }
    }
}
