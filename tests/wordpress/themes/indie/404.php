<?php
/**
 * Sidan hittades inte.
 *
 * @package Indie
 */

get_header();
?>

<main id="main" class="site-main">
	<section class="not-found">
		<header class="page-header">
			<h1 class="page-title"><?php esc_html_e( 'Sidan kunde inte hittas', 'indie' ); ?></h1>
		</header>
		<div class="page-content">
			<p><?php esc_html_e( 'Här fanns ingenting. Kanske hjälper en sökning?', 'indie' ); ?></p>
			<?php get_search_form(); ?>
		</div>
	</section>
</main>

<?php
get_footer();
