<?php
/**
 * 404 – sidan finns inte.
 *
 * @package Dossier
 */

get_header();
?>

<main id="primary" class="site-main">
	<div class="wrap">
		<section class="error-404 not-found">
			<header class="page-header">
				<h1 class="page-title">
					<span class="page-title__prefix">404</span>
					<?php esc_html_e( 'Sidan kunde inte hittas', 'dossier' ); ?>
				</h1>
			</header>
			<div class="page-content">
				<p><?php esc_html_e( 'Texten du letar efter kan ha flyttats eller tagits bort. Prova att söka i stället.', 'dossier' ); ?></p>
				<?php get_search_form(); ?>
			</div>
		</section>
	</div>
</main>

<?php
get_footer();
