<?php
/**
 * The template for displaying 404 pages (Not Found).
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header(); ?>

	<div class="content-area" id="primary">
		<main class="site-main" id="main">
			<?php do_action( 'generate_before_main_content' ); ?>

			<div class="inside-article">
				<header class="entry-header">
					<h1 class="entry-title" itemprop="headline"><?php esc_html_e( 'Hoppsan! Sidan kunde inte hittas.', 'gpress' ); ?></h1>
				</header>

				<div class="entry-content" itemprop="text">
					<p><?php esc_html_e( 'Det verkar som att inget hittades här. Prova kanske en sökning?', 'gpress' ); ?></p>
					<?php get_search_form(); ?>
				</div>
			</div>

			<?php do_action( 'generate_after_main_content' ); ?>
		</main>
	</div>

	<?php
	get_sidebar();
	get_footer();
