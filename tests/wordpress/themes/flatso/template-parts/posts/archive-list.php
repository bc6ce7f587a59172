<?php if ( have_posts() ) : ?>

<?php
	// Create IDS (Flatsome runs the main loop only to collect the IDs,
	// then prints the posts through its [blog_posts] element).
	$ids = array();
while ( have_posts() ) :
	the_post();
	array_push( $ids, get_the_ID() );
	endwhile;
	$ids = implode( ',', $ids );
?>

<?php
echo flatsome_blog_posts( // phpcs:ignore
	array(
		'type'        => 'row',
		'image_width' => '40',
		'text_align'  => flatsome_option( 'blog_posts_title_align' ),
		'style'       => 'vertical',
		'columns'     => '1',
		'ids'         => $ids,
	)
);
?>

<?php flatsome_posts_pagination(); ?>

<?php else : ?>

	<?php get_template_part( 'template-parts/posts/content', 'none' ); ?>

<?php endif; ?>
