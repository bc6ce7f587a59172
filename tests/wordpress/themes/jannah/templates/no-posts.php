<?php
/**
 * Nothing found box
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

?>

<div class="mag-box not-found">
	<div class="container-wrapper">

		<h5 class="section-title">Inget hittades</h5>

		<?php if ( is_search() ) { ?>
			<p>Tyvärr, men inget matchade dina sökord. Försök igen med andra ord.</p>
		<?php } else { ?>
			<p>Det verkar som att vi inte kan hitta det du letar efter. Kanske kan en sökning hjälpa.</p>
		<?php } ?>

		<?php get_search_form(); ?>

	</div><!-- .container-wrapper /-->
</div><!-- .mag-box /-->
