<?php
/**
 * Newspaper loop-single.php – den klassiska enkelinläggsmallen (single_template, ej Cloud).
 */
if ( have_posts() ) {
	while ( have_posts() ) {
		the_post();
		?>

<article id="post-<?php the_ID(); ?>" <?php post_class(); ?> itemscope itemtype="https://schema.org/Article">
    <div class="td-post-header">

        <?php echo tidig_single_categories(); // phpcs:ignore ?>

        <header class="td-post-title">
            <h1 class="entry-title"><?php the_title(); ?></h1>

            

            <div class="td-module-meta-info">
                <div class="td-post-author-name"><div class="td-author-by">Av</div> <a href="<?php echo esc_url( get_author_posts_url( (int) get_the_author_meta( 'ID' ) ) ); ?>"><?php echo esc_html( get_the_author() ); ?></a><div class="td-author-line"> - </div> </div>                <?php echo tidig_get_date(); // phpcs:ignore ?>
                <?php if ( ! post_password_required() ) { ?><div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i><?php echo (int) get_comments_number(); ?></a></div><?php } ?>                <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-<?php the_ID(); ?>"><?php echo (int) tidig_get_views(); ?></span></div>            </div>

        </header>

    </div>

    <?php echo tidig_sharing( 'top' ); // phpcs:ignore ?>

    <div class="td-post-content tagdiv-type">
        <?php echo tidig_featured_image(); // phpcs:ignore ?>

        <?php echo tidig_ad( 'content_top' ); // phpcs:ignore ?>
        <?php the_content(); ?>
    </div>


    <footer>
        <?php
        wp_link_pages(
            array(
                'before'           => '<div class="page-nav page-nav-post td-pb-padding-side">',
                'after'            => '</div>',
                'link_before'      => '<div>',
                'link_after'       => '</div>',
                'nextpagelink'     => '<i class="td-icon-menu-right"></i>',
                'previouspagelink' => '<i class="td-icon-menu-left"></i>',
                'next_or_number'   => 'number',
                'pagelink'         => '%',
            )
        );
        ?>
        
        <div class="td-post-source-tags">
                        <?php echo tidig_tags(); // phpcs:ignore ?>
        </div>

        <?php echo tidig_sharing( 'bottom' ); // phpcs:ignore ?>
        <?php echo tidig_next_prev(); // phpcs:ignore ?>
        <?php echo tidig_author_box(); // phpcs:ignore ?>
	    <?php echo tidig_item_scope_meta(); // phpcs:ignore ?>
    </footer>

</article> <!-- /.post -->

		<?php
		echo tidig_related_posts(); // phpcs:ignore
		comments_template( '', true );
	}
}
