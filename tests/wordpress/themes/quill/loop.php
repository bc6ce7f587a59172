<?php
/**
 * Loopen för startsidan, arkiven och sökresultaten.
 *
 * @package Quill
 */

if ( have_posts() ) :

	while ( have_posts() ) :
		the_post();
		get_template_part( 'content' );
	endwhile;
	?>

	<?php if ( $GLOBALS['wp_query']->max_num_pages > 1 ) : ?>
	<div class="navigation" id="blog-pager">
		<div class="alignleft"><?php next_posts_link( __( '&laquo; Äldre inlägg', 'quill' ) ); ?></div>
		<div class="alignright"><?php previous_posts_link( __( 'Nyare inlägg &raquo;', 'quill' ) ); ?></div>
		<?php if ( is_paged() ) : ?>
		<div class="home-link"><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php _e( 'Startsida', 'quill' ); ?></a></div>
		<?php endif; ?>
	</div>
	<?php endif; ?>

<?php else : ?>

	<div class="post notfound">
		<?php if ( is_search() ) : ?>
		<p><?php _e( 'Inga inlägg matchade din sökning. Försök gärna igen med andra ord i sökrutan till höger.', 'quill' ); ?></p>
		<?php else : ?>
		<h2 class="center"><?php _e( 'Hittades inte', 'quill' ); ?></h2>
		<p class="center"><?php _e( 'Här finns tyvärr inga inlägg.', 'quill' ); ?></p>
		<?php endif; ?>
	</div>

<?php
endif;
