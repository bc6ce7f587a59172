<?php
/**
 * Ett enskilt inlägg.
 *
 * @package Quill
 */

get_header();
?>

<div id="content" class="narrowcolumn">

	<?php
	while ( have_posts() ) :
		the_post();

		get_template_part( 'content' );
		?>

		<div class="navigation" id="post-pager">
			<?php if ( is_attachment() ) : ?>
				<?php if ( wp_get_post_parent_id( get_the_ID() ) ) : ?>
				<div class="alignleft"><a href="<?php echo esc_url( get_permalink( wp_get_post_parent_id( get_the_ID() ) ) ); ?>">&laquo; <?php echo esc_html( get_the_title( wp_get_post_parent_id( get_the_ID() ) ) ); ?></a></div>
				<?php endif; ?>
			<?php else : ?>
			<div class="alignleft"><?php previous_post_link( '%link', __( '&laquo; %title', 'quill' ) ); ?></div>
			<div class="alignright"><?php next_post_link( '%link', __( '%title &raquo;', 'quill' ) ); ?></div>
			<?php endif; ?>
		</div>

		<?php
		comments_template();

	endwhile;
	?>

</div>

<?php
get_sidebar();
get_footer();
