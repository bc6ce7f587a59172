<?php
/**
 * När inga artiklar hittas.
 *
 * @package Courant
 */

?>
<section class="no-results not-found">
	<header class="page-header">
		<h2 class="page-title section-title"><span><?php esc_html_e( 'Inga artiklar hittades', 'courant' ); ?></span></h2>
	</header>
	<div class="page-content">
		<?php if ( is_search() ) : ?>
			<p><?php esc_html_e( 'Inget matchade din sökning. Försök igen med andra ord.', 'courant' ); ?></p>
		<?php else : ?>
			<p><?php esc_html_e( 'Det finns inget att visa här ännu. Prova att söka.', 'courant' ); ?></p>
		<?php endif; ?>
		<?php get_search_form(); ?>
	</div>
</section>
