<?php
/**
 * 404.
 *
 * @package Flod
 */

get_header();
?>
<div class="flod-container flod-layout">
	<main id="primary" class="site-main flod-404">
		<section class="error-404 not-found">
			<header class="flod-archive-header page-header">
				<span class="flod-archive-label">Fel 404</span>
				<h1 class="page-title">Sidan hittades inte</h1>
			</header>
			<div class="page-content">
				<p>Artikeln eller sidan du letar efter finns inte längre, eller så har adressen ändrats. Prova att söka.</p>
				<?php get_search_form(); ?>
			</div>
		</section>
	</main>

	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
