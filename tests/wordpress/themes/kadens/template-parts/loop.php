<?php
/**
 * Listans loop + sidnumrering, delas av index/arkiv/sök.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;

if ( have_posts() ) :
	?>
	<ul id="archive-container" class="content-wrap kadence-posts-list grid-cols post-archive grid-sm-col-2 grid-lg-col-2 item-image-style-above">
		<?php
		while ( have_posts() ) :
			the_post();
			get_template_part( 'template-parts/content', 'loop' );
		endwhile;
		?>
	</ul>
	<?php
	kadens_pagination();
else :
	get_template_part( 'template-parts/content', 'none' );
endif;
