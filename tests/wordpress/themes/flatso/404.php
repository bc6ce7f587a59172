<?php
/**
 * The template for displaying 404 pages (not found).
 *
 * Like Flatsome, this nests a second <main id="main"> inside header.php's.
 *
 * @package flatso
 */

get_header(); ?>
<?php do_action( 'flatsome_before_404' ); ?>
	<div id="primary" class="content-area">
		<main id="main" class="site-main container pt" role="main">
			<section class="error-404 not-found mt mb">
				<div class="row">
					<div class="col medium-3"><span class="header-font" style="font-size: 6em; font-weight: bold; opacity: .3">404</span></div>
					<div class="col medium-9">
						<header class="page-title">
							<h1 class="page-title">Hoppsan! Sidan kunde inte hittas.</h1>
						</header>
						<div class="page-content">
							<p>Det verkar som att ingenting hittades här. Prova en av länkarna nedan eller gör en sökning.</p>
							<?php get_search_form(); ?>
						</div>
					</div>
				</div>
			</section>
		</main>
	</div>
<?php do_action( 'flatsome_after_404' ); ?>
<?php get_footer(); ?>
