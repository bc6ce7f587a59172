<?php
/**
 * Inga träffar.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;
?>
<section class="no-results not-found">
	<div class="page-content">
		<?php if ( is_search() ) : ?>
			<p>Tyvärr, inget matchade dina sökord. Försök igen med några andra ord.</p>
		<?php else : ?>
			<p>Det verkar som att vi inte kan hitta det du letar efter. Kanske kan en sökning hjälpa.</p>
		<?php endif; ?>
		<?php get_search_form(); ?>
	</div>
</section>
