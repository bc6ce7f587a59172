<?php
	do_action( 'flatsome_before_blog' );
?>

<div class="row row-large <?php if ( flatsome_option( 'blog_layout_divider' ) ) { echo 'row-divided '; } ?>">

	<div class="large-9 col">
	<?php
	if ( is_single() ) {
		get_template_part( 'template-parts/posts/single' );
		comments_template();
	} elseif ( flatsome_option( 'blog_style_archive' ) && ( is_archive() || is_search() ) ) {
		get_template_part( 'template-parts/posts/archive', flatsome_option( 'blog_style_archive' ) );
	} else {
		get_template_part( 'template-parts/posts/archive', flatsome_option( 'blog_style' ) );
	}
	?>
	</div>
	<div class="post-sidebar large-3 col">
		<?php get_sidebar(); ?>
	</div>
</div>

<?php
	do_action( 'flatsome_after_blog' );
