<?php
/**
 * Sida – Newspapers page.php (ingen <article>, rubriken i td-page-header).
 */
get_header();
?>

<div class="td-main-content-wrap td-container-wrap">
    <div class="td-container tdc-content-wrap ">
        <div class="td-crumb-container">
            <?php echo tidig_breadcrumbs(); // phpcs:ignore ?>
        </div>
        <div class="td-pb-row">
                            <div class="td-pb-span8 td-main-content" role="main">
                    <div class="td-ss-main-content">
                        <?php
                        if ( have_posts() ) {
                            while ( have_posts() ) {
                                the_post();
                                ?>
                                <div class="td-page-header">
                                    <h1 class="entry-title td-page-title">
                                        <span><?php the_title(); ?></span>
                                    </h1>
                                </div>
                                <div class="td-page-content tagdiv-type">
                                <?php
                                the_content();
                                wp_link_pages(
                                    array(
                                        'before'      => '<div class="page-nav page-nav-post td-pb-padding-side">',
                                        'after'       => '</div>',
                                        'link_before' => '<div>',
                                        'link_after'  => '</div>',
                                    )
                                );
                                ?>
                                </div>
                                <?php
                                comments_template( '', true );
                            }
                        }
                        ?>
                    </div>
                </div>
                <div class="td-pb-span4 td-main-sidebar" role="complementary">
                    <div class="td-ss-main-sidebar">
                        <?php get_sidebar(); ?>
                    </div>
                </div>
                    </div> <!-- /.td-pb-row -->
    </div> <!-- /.td-container -->
</div> <!-- /.td-main-content-wrap -->

<?php
get_footer();
