<?php
/**
 * Inga inlägg hittades.
 *
 * @package Indie
 */

?>

<section class="no-results not-found">
	<header class="page-header">
		<h2 class="page-title"><?php esc_html_e( 'Inget hittades', 'indie' ); ?></h2>
	</header>

	<div class="page-content">
		<?php if ( is_search() ) : ?>
			<p><?php esc_html_e( 'Inga inlägg matchade sökningen. Försök gärna med andra ord.', 'indie' ); ?></p>
		<?php else : ?>
			<p><?php esc_html_e( 'Det finns inget att visa här ännu. Kanske hjälper en sökning?', 'indie' ); ?></p>
			<?php get_search_form(); ?>
		<?php endif; ?>
	</div>
</section>
