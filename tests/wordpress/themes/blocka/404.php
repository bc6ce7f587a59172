<?php
/**
 * The template for displaying 404 pages (not found).
 *
 * @package blocka
 */

get_header();

?>

<div class="ct-container" data-vertical-spacing="top:bottom">
	<section class="ct-no-results">

		<div class="hero-section is-width-constrained" data-type="type-1">
			<header class="entry-header">
				<h1 class="page-title" itemprop="headline">Oj! Sidan kunde inte hittas.</h1>
			</header>
		</div>

		<div class="entry-content is-layout-constrained">
			<p>Det ser ut som att ingenting finns på den här adressen. Prova kanske en sökning?</p>

			<?php echo blocka_search_form(['input_class' => '']); ?>
		</div>

	</section>
</div>

<?php

get_footer();
