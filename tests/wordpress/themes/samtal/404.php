<?php
/**
 * 404.
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();
?>
	<div class="content-area" id="primary">
		<main class="site-main" id="main">
			<div class="inside-article">
				<header class="entry-header">
					<h1 class="entry-title" itemprop="headline"><?php esc_html_e( 'Hoppsan! Sidan kunde inte hittas.', 'samtal' ); ?></h1>
				</header>
				<div class="entry-content" itemprop="text">
					<p><?php esc_html_e( 'Det verkar som att inget hittades här. Prova kanske en sökning?', 'samtal' ); ?></p>
					<?php get_search_form(); ?>
				</div>
			</div>
		</main>
	</div>
	<?php
	get_sidebar();
	get_footer();
